import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { writeFile } from 'node:fs/promises'
import { fakeEvent, nativeTheme, recorded, resetRecorded, type FakeBrowserWindow } from '../../support/fake-electron'
import { tempDir } from '../../support/temp-dir'
import { HARDENED_WEB_PREFERENCES } from '../../support/hardened-web-preferences'

vi.mock('electron', async () => (await import('../../support/fake-electron')).electronModule)
const { appPages, createMainWindow, guardEveryWebContents, loadAppPage, lockDownSession } =
  await import('../../../src/main/window')

let remove: () => Promise<void>
let folder: string
let win: FakeBrowserWindow
beforeEach(async () => {
  resetRecorded()
  const temp = await tempDir()
  remove = temp.remove
  folder = temp.dir
  guardEveryWebContents()
  win = await openWindow()
})

/** Creates a window over the test folder's window state and theme copy; answers the newest window. */
async function openWindow(): Promise<FakeBrowserWindow> {
  await createMainWindow({
    stateFile: join(folder, 'window-state.json'),
    themeFile: join(folder, 'window-theme.json'),
    icon: '/icon.png',
    log: () => undefined,
  })
  const made = recorded.windows.at(-1)
  if (!made) throw new Error('no window was created')
  return made
}
afterEach(() => remove())

function navigate(event: string, url: string): boolean {
  const e = fakeEvent()
  win.webContents.fire(event, e, url)
  return e.prevented
}

describe('the main window', () => {
  it('is created with exactly the hardened webPreferences, the bundled preload and spellcheck', () => {
    // Exact: no enableBlinkFeatures, no nodeIntegration anywhere, nothing the list does not name.
    expect(win.options.webPreferences).toEqual({
      ...HARDENED_WEB_PREFERENCES,
      preload: expect.stringMatching(/preload[\\/]index\.cjs$/),
      spellcheck: true,
    })
  })

  it('is handed back before its page loads, so main knows it when the preload first calls', async () => {
    // IPC is answered for the app's own window only; the preload asks for the state at once.
    expect(win.loaded).toBeNull()
    await loadAppPage(win as never)
    expect(win.loaded).toMatch(/renderer[\\/]index\.html$/)
  })

  it('stays on its own page and refuses every other navigation and redirect', () => {
    const own = appPages().rendererFile
    expect(navigate('will-navigate', own)).toBe(false)
    for (const url of [
      'https://example.com/',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'data:text/html,x',
      'http://localhost:5173/',
    ]) {
      expect(navigate('will-navigate', url), url).toBe(true)
      expect(navigate('will-redirect', url), url).toBe(true)
    }
    // Only the http(s) links went to the OS browser, once each (redirects are never followed out).
    expect(recorded.openedExternally).toEqual(['https://example.com/', 'http://localhost:5173/'])
  })

  it('never opens a window; safe links go to the OS browser, others nowhere', () => {
    const handler = win.webContents.windowOpenHandler
    expect(handler).not.toBeNull()
    for (const url of [
      'https://example.com/a',
      'javascript:alert(1)',
      'file:///etc/passwd',
      'https://u:p@example.com/',
      'about:blank',
    ]) {
      expect(handler?.({ url }), url).toEqual({ action: 'deny' })
    }
    expect(recorded.openedExternally).toEqual(['https://example.com/a'])
  })

  it('refuses to attach a webview', () => {
    expect(navigate('will-attach-webview', 'file:///x')).toBe(true)
  })
})

describe("the window's theme", () => {
  it('follows the OS when no theme is saved, in its first background too', async () => {
    expect(nativeTheme.themeSource).toBe('system')
    expect(win.options.backgroundColor).toBe('#f6f7f9')
    nativeTheme.systemDark = true
    expect((await openWindow()).options.backgroundColor).toBe('#15171c')
  })

  it.each([
    ['dark', false, '#15171c'],
    ['light', true, '#f6f7f9'],
  ] as const)(
    'takes a saved %s theme before the window is made, whatever the OS says',
    async (theme, osDark, background) => {
      await writeFile(join(folder, 'window-theme.json'), JSON.stringify(theme))
      nativeTheme.systemDark = osDark
      const themed = await openWindow()
      expect(nativeTheme.themeSource).toBe(theme)
      expect(themed.options.backgroundColor).toBe(background)
    },
  )

  it('follows the OS when the saved copy is unreadable or not a theme', async () => {
    for (const text of ['{not json', '"purple"', '{"theme":"dark"}']) {
      await writeFile(join(folder, 'window-theme.json'), text)
      nativeTheme.themeSource = 'dark'
      await openWindow()
      expect(nativeTheme.themeSource, text).toBe('system')
    }
  })
})

describe('every other webContents (e.g. the hidden PDF window)', () => {
  it('refuses navigation, popups and webviews too', async () => {
    const { BrowserWindow } = (await import('electron')) as unknown as {
      BrowserWindow: new (o: object) => FakeBrowserWindow
    }
    const other = new BrowserWindow({ show: false })
    const e = fakeEvent()
    other.webContents.fire('will-navigate', e, 'https://example.com/')
    expect(e.prevented).toBe(true)
    expect(other.webContents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' })
    const w = fakeEvent()
    other.webContents.fire('will-attach-webview', w)
    expect(w.prevented).toBe(true)
    expect(recorded.openedExternally).toEqual([])
  })
})

describe('lockDownSession', () => {
  it('denies every permission request and check, and cancels network requests', () => {
    lockDownSession()
    const answers: boolean[] = []
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal']) {
      recorded.permissionRequestHandler?.({}, permission, (granted: boolean) => answers.push(granted))
      answers.push(Boolean(recorded.permissionCheckHandler?.({}, permission)))
    }
    expect(answers).toHaveLength(8)
    expect(answers.every((a) => a === false)).toBe(true)
    expect(recorded.beforeRequest?.filter.urls).toEqual(
      expect.arrayContaining(['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*']),
    )
    const outcome: Array<{ cancel: boolean }> = []
    recorded.beforeRequest?.listener({ url: 'https://cdn.example.com/lib.js' }, (r: { cancel: boolean }) =>
      outcome.push(r),
    )
    expect(outcome).toEqual([{ cancel: true }])
  })
})
