import { beforeEach, describe, expect, it, vi } from 'vitest'
import { join } from 'node:path'
import { FakeBrowserWindow, fakeEvent, nativeTheme, recorded, resetRecorded } from '../../support/fake-electron'
import { tempDir } from '../../support/temp-dir'
import { testClock } from '../../support/test-clock'
import { HARDENED_WEB_PREFERENCES } from '../../support/hardened-web-preferences'

vi.mock('electron', async () => (await import('../../support/fake-electron')).electronModule)
const { electronServices } = await import('../../../src/main/electron-services')
const { createMainWindow } = await import('../../../src/main/window')
const { createCore } = await import('../../../src/main/core')

beforeEach(() => resetRecorded())

describe('printing a report to PDF', () => {
  it('uses a hidden, script-less window with the hardened webPreferences and no preload, then destroys it', async () => {
    const html = '<h1>Report</h1>'
    const bytes = await electronServices(() => null, '/unused/window-theme.json').printToPdf(html)
    expect(recorded.windows).toHaveLength(1)
    const [win] = recorded.windows
    expect(win?.options).toEqual({ show: false, webPreferences: { ...HARDENED_WEB_PREFERENCES, javascript: false } })
    expect(win?.loaded).toBe(`data:text/html;charset=utf-8,${encodeURIComponent(html)}`)
    expect(new TextDecoder().decode(bytes)).toContain('"pageSize":"A4"')
    expect(win?.destroyed).toBe(true)
  })
})

describe('drawing diagrams', () => {
  it('uses one hidden, hardened window without preload on the built diagram page, asking it with the list as JSON', async () => {
    const services = electronServices(() => null, '/unused/window-theme.json')
    const list = [{ source: 'graph TD; A-->B', theme: 'light' as const }]
    const drawing = services.renderDiagrams(list)
    const [win] = recorded.windows
    win!.webContents.answerScript = () => [{ svg: '<svg/>' }]
    expect(await drawing).toEqual([{ svg: '<svg/>' }])
    expect(await services.renderDiagrams([{ source: 'graph LR; B', theme: 'dark' }])).toEqual([{ svg: '<svg/>' }])
    expect(recorded.windows).toHaveLength(1)
    expect(win?.options).toEqual({
      show: false,
      webPreferences: { ...HARDENED_WEB_PREFERENCES, backgroundThrottling: false },
    })
    expect(win?.loaded).toMatch(/[\\/]renderer[\\/]diagram\.html$/)
    expect(win?.webContents.scripts[0]).toBe(`window.renderDiagrams(${JSON.stringify(list)})`)
  })

  it('refuses navigation and new windows from the diagram page', async () => {
    const services = electronServices(() => null, '/unused/window-theme.json')
    const drawing = services.renderDiagrams([{ source: 'graph TD; A', theme: 'light' }])
    const [win] = recorded.windows
    win!.webContents.answerScript = () => [{ error: 'Parse error' }]
    expect(await drawing).toEqual([{ error: 'Parse error' }])
    const navigation = fakeEvent()
    win!.webContents.fire('will-navigate', navigation, 'https://example.com/')
    expect(navigation.prevented).toBe(true)
    expect(win!.webContents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' })
  })
})

describe('the diagram window', () => {
  it('closes with the main window, so it never keeps the app running', async () => {
    const main = new FakeBrowserWindow({})
    const services = electronServices(() => main as never, '/unused/window-theme.json')
    const drawing = services.renderDiagrams([{ source: 'graph TD; A', theme: 'light' }])
    const diagramWindow = recorded.windows[1]
    diagramWindow!.webContents.answerScript = () => [{ svg: '<svg/>' }]
    await drawing
    expect(diagramWindow?.destroyed).toBe(false)
    main.fire('closed')
    await vi.waitFor(() => expect(diagramWindow?.destroyed).toBe(true))
  })
})

describe("the learner's theme", () => {
  it('reaches the window through the real settings handler: native theme, background now, and the next window from its first paint', async () => {
    const temp = await tempDir()
    const themeFile = join(temp.dir, 'window-theme.json')
    const win = new FakeBrowserWindow({})
    const core = await createCore({
      dataDir: temp.dir,
      services: electronServices(() => win as never, themeFile),
      log: () => undefined,
      checkResponses: true,
      clock: testClock(),
    })
    try {
      expect(await core.dispatch('settings:setTheme', { theme: 'dark' })).toMatchObject({
        ok: true,
        value: { theme: 'dark' },
      })
      expect(nativeTheme.themeSource).toBe('dark')
      expect(win.backgrounds).toEqual(['#15171c'])
      expect(core.store.state.settings.theme).toBe('dark')

      await core.dispatch('settings:setTheme', { theme: 'system' })
      expect(nativeTheme.themeSource).toBe('system')
      expect(win.backgrounds).toEqual(['#15171c', '#f6f7f9'])

      await core.dispatch('settings:setTheme', { theme: 'dark' })
      nativeTheme.themeSource = 'system'
      const next = await createMainWindow({
        stateFile: join(temp.dir, 'window-state.json'),
        themeFile,
        icon: '/icon.png',
        log: () => undefined,
      })
      expect(nativeTheme.themeSource).toBe('dark')
      expect((next as unknown as FakeBrowserWindow).options.backgroundColor).toBe('#15171c')
    } finally {
      await core.close()
      await temp.remove()
    }
  })
})
