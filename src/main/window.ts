import { BrowserWindow, session, shell, screen } from 'electron'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { isAppUrl, isSafeExternalUrl, secureWebPreferences } from './security'
import { loadWindowState, saveWindowState, type WindowState } from './window-state'
import type { Logger } from './router'

/** Folder of the built main bundle (out/main). */
const here = dirname(fileURLToPath(import.meta.url))

/** Denies every permission (camera, notifications, ...): a study app needs none. */
export function lockDownSession(): void {
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false))
  session.defaultSession.setPermissionCheckHandler(() => false)
}

function visibleOnSomeScreen(state: WindowState): boolean {
  if (state.x === undefined || state.y === undefined) return false
  const { x, y } = state
  return screen.getAllDisplays().some(({ workArea: a }) => x >= a.x && y >= a.y && x < a.x + a.width && y < a.y + a.height)
}

/** Creates the main window: secure preferences, blocked navigation, remembered bounds. */
export async function createMainWindow(options: { stateFile: string; icon: string; log: Logger }): Promise<BrowserWindow> {
  const saved = await loadWindowState(options.stateFile)
  const position = visibleOnSomeScreen(saved) ? { x: saved.x, y: saved.y } : {}
  const win = new BrowserWindow({
    width: saved.width,
    height: saved.height,
    ...position,
    minWidth: 640,
    minHeight: 480,
    show: false,
    title: 'Groundwork',
    icon: options.icon,
    backgroundColor: '#1b1d23',
    webPreferences: secureWebPreferences(join(here, '../preload/index.cjs')),
  })
  if (saved.maximized) win.maximize()
  win.once('ready-to-show', () => win.show())

  const devServer = process.env.ELECTRON_RENDERER_URL
  // Nothing navigates away from the app; web links go to the OS browser instead.
  win.webContents.on('will-navigate', (event, url) => {
    if (isAppUrl(url, devServer)) return
    event.preventDefault()
    if (isSafeExternalUrl(url)) void shell.openExternal(url)
  })
  win.webContents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url, devServer)) event.preventDefault()
  })
  win.webContents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) void shell.openExternal(url)
    return { action: 'deny' }
  })
  win.webContents.on('will-attach-webview', (event) => event.preventDefault())

  const remember = (): void => {
    const b = win.getNormalBounds()
    void saveWindowState(options.stateFile, { ...b, maximized: win.isMaximized() }).catch((e: unknown) => options.log('window state not saved', e))
  }
  win.on('resized', remember)
  win.on('moved', remember)
  win.on('maximize', remember)
  win.on('unmaximize', remember)

  if (devServer) await win.loadURL(devServer)
  else await win.loadFile(join(here, '../renderer/index.html'))
  return win
}
