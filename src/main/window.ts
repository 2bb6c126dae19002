import { app, BrowserWindow, nativeTheme, session, shell, screen } from 'electron'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import {
  isAllowedNetworkRequest,
  isPermissionAllowed,
  navigationDecision,
  windowOpenDecision,
  type AppPages,
} from './security'
import { loadWindowState, saveWindowState, type WindowState } from './window-state'
import { loadWindowTheme, windowBackground } from './window-theme'
import type { Logger } from './router'

/** Folder of the built main bundle (out/main). */
const here = dirname(fileURLToPath(import.meta.url))

/** The app's own pages: the built index.html, or the dev server in development. */
export function appPages(): AppPages {
  return {
    rendererFile: pathToFileURL(join(here, '../renderer/index.html')).href,
    devServer: process.env.ELECTRON_RENDERER_URL,
  }
}

/** Denies every permission but clipboard writes (camera, notifications, ...) and every network request but the dev server's. */
export function lockDownSession(): void {
  const devServer = process.env.ELECTRON_RENDERER_URL
  session.defaultSession.setPermissionRequestHandler((_wc, permission, callback) =>
    callback(isPermissionAllowed(permission)),
  )
  session.defaultSession.setPermissionCheckHandler((_wc, permission) => isPermissionAllowed(permission))
  session.defaultSession.webRequest.onBeforeRequest(
    { urls: ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*'] },
    (details, callback) => callback({ cancel: !isAllowedNetworkRequest(details.url, devServer) }),
  )
}

/** Every webContents (the main window, the hidden PDF window, any future one) refuses webviews, popups and leaving the app. */
export function guardEveryWebContents(): void {
  const pages = appPages()
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', (event) => event.preventDefault())
    contents.on('will-navigate', (event, url) => {
      if (navigationDecision(url, pages) !== 'allow') event.preventDefault()
    })
    contents.setWindowOpenHandler(() => ({ action: 'deny' }))
  })
}

function visibleOnSomeScreen(state: WindowState): boolean {
  if (state.x === undefined || state.y === undefined) return false
  const { x, y } = state
  return screen
    .getAllDisplays()
    .some(({ workArea: a }) => x >= a.x && y >= a.y && x < a.x + a.width && y < a.y + a.height)
}

/** Creates the main window: secure preferences, blocked navigation, remembered bounds, the learner's theme from the first paint. */
export async function createMainWindow(options: {
  stateFile: string
  themeFile: string
  icon: string
  log: Logger
}): Promise<BrowserWindow> {
  const [saved, theme] = await Promise.all([loadWindowState(options.stateFile), loadWindowTheme(options.themeFile)])
  // Before the window exists: the page's first paint (before it has the settings) then matches the saved theme.
  nativeTheme.themeSource = theme
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
    // The page background of the theme the page will pick, so the window does not flash before it paints.
    backgroundColor: windowBackground(nativeTheme.shouldUseDarkColors),
    // Written out here, not built by a helper, so a static scanner (npm run audit:security) sees each value.
    webPreferences: {
      preload: join(here, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      // Middle-click would otherwise ask for a new window (it would be denied anyway).
      disableBlinkFeatures: 'Auxclick',
      spellcheck: true,
    },
  })
  if (saved.maximized) win.maximize()
  win.once('ready-to-show', () => win.show())

  const pages = appPages()
  // Nothing navigates away from the app; web links go to the OS browser instead.
  win.webContents.on('will-navigate', (event, url) => {
    const decision = navigationDecision(url, pages)
    if (decision === 'allow') return
    event.preventDefault()
    if (decision === 'open-externally') void shell.openExternal(url)
  })
  win.webContents.on('will-redirect', (event, url) => {
    if (navigationDecision(url, pages) !== 'allow') event.preventDefault()
  })
  win.webContents.setWindowOpenHandler(({ url }) => {
    if (windowOpenDecision(url) === 'open-externally') void shell.openExternal(url)
    return { action: 'deny' }
  })
  win.webContents.on('will-attach-webview', (event) => event.preventDefault())

  const remember = (): void => {
    const b = win.getNormalBounds()
    void saveWindowState(options.stateFile, { ...b, maximized: win.isMaximized() }).catch((e: unknown) =>
      options.log('window state not saved', e),
    )
  }
  win.on('resized', remember)
  win.on('moved', remember)
  win.on('maximize', remember)
  win.on('unmaximize', remember)

  return win
}

/**
 * Loads the app's page into `win`. Kept apart from creating the window: the caller must know
 * the window first, because the page's preload asks main for the state before the page is
 * done loading, and main answers only its own window.
 */
export async function loadAppPage(win: BrowserWindow): Promise<void> {
  const pages = appPages()
  if (pages.devServer) await win.loadURL(pages.devServer)
  else await win.loadFile(join(here, '../renderer/index.html'))
}

/** Loads the hidden diagram page (src/renderer/diagram.html, built beside the app's page) into `win`. */
export async function loadDiagramPage(win: BrowserWindow): Promise<void> {
  const pages = appPages()
  if (pages.devServer) await win.loadURL(new URL('diagram.html', pages.devServer).href)
  else await win.loadFile(join(here, '../renderer/diagram.html'))
}
