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
const { trayMenu } = await import('../../../src/main/reminders/tray-menu')

beforeEach(() => resetRecorded())

describe('printing a report to PDF', () => {
  it('uses a hidden, script-less window with the hardened webPreferences and no preload, then destroys it', async () => {
    const html = '<h1>Report</h1>'
    const bytes = await electronServices(() => null, '/unused/window-theme.json', '/unused/icon.png').printToPdf(html)
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
    const services = electronServices(() => null, '/unused/window-theme.json', '/unused/icon.png')
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
    const services = electronServices(() => null, '/unused/window-theme.json', '/unused/icon.png')
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
    const services = electronServices(() => main as never, '/unused/window-theme.json', '/unused/icon.png')
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
      services: electronServices(() => win as never, themeFile, '/unused/icon.png'),
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

describe('notifications, the tray and opening at login', () => {
  it('shows a notification whose click brings the hidden window forward, then opens its place', () => {
    const win = new FakeBrowserWindow({})
    win.hide()
    const clicks: string[] = []
    electronServices(() => win as never, '/unused/window-theme.json', '/unused/icon.png').showNotification(
      { title: '3 cards are ready for review', body: 'Now is a good time.' },
      () => clicks.push('opened'),
    )
    const [notification] = recorded.notifications
    expect(notification?.options).toEqual({ title: '3 cards are ready for review', body: 'Now is a good time.' })
    expect(notification?.shown).toBe(true)
    notification?.fire('click')
    expect(win.visible).toBe(true)
    expect(win.focused).toBe(true)
    expect(clicks).toEqual(['opened'])
  })

  it('builds the tray from the plain menu: one icon, updated in place; quitting and opening are its own, the rest goes to the app', () => {
    const win = new FakeBrowserWindow({})
    win.hide()
    const services = electronServices(() => win as never, '/unused/window-theme.json', '/res/icon.png')
    const actions: string[] = []
    services.setTray(trayMenu({ running: null, next: 'HTTP' }), (action) => actions.push(action))
    services.setTray(trayMenu({ running: { skill: 'HTTP', minutes: 75 }, next: null }), (action) =>
      actions.push(action),
    )
    expect(recorded.trays).toHaveLength(1)
    const [tray] = recorded.trays
    if (!tray) throw new Error('no tray')
    expect(tray.image).toMatchObject({ path: '/res/icon.png', width: 16 })
    expect(tray.tooltip).toBe('Groundwork · Timer 1:15 · HTTP')
    expect(tray.menu.map((item) => item.label ?? item.type)).toEqual([
      'Timer 1:15 · HTTP',
      'Stop timer',
      'separator',
      'Start a review',
      "Today's plan",
      'separator',
      'Open Groundwork',
      'Quit',
    ])
    expect(tray.menu[0]?.enabled).toBe(false)
    const click = (label: string): void => tray.menu.find((item) => item.label === label)?.click?.()
    click('Stop timer')
    expect(win.visible).toBe(false)
    click('Start a review')
    expect(win.visible).toBe(true)
    click('Open Groundwork')
    click('Quit')
    expect(actions).toEqual(['timer-stop', 'review'])
    expect(recorded.quits).toBe(1)
    services.setTray(null, () => undefined)
    expect(tray.destroyed).toBe(true)
  })

  it('sets opening at login through the real reminders handler', async () => {
    const temp = await tempDir()
    const core = await createCore({
      dataDir: temp.dir,
      services: electronServices(() => null, join(temp.dir, 'window-theme.json'), '/unused/icon.png'),
      log: () => undefined,
      checkResponses: true,
      clock: testClock(),
    })
    try {
      expect(await core.dispatch('reminders:set', { openAtLogin: true }, 'window')).toMatchObject({
        ok: true,
        value: { reminders: { openAtLogin: true } },
      })
      await core.dispatch('reminders:set', { openAtLogin: false }, 'window')
      expect(recorded.loginItemSettings).toEqual([{ openAtLogin: true }, { openAtLogin: false }])
    } finally {
      await core.close()
      await temp.remove()
    }
  })
})
