import { app, dialog, BrowserWindow, powerMonitor } from 'electron'
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Core } from './core'
import { electronServices } from './electron-services'
import { registerIpc } from './electron-ipc'
import { fileLogger } from './log'
import { installMenu } from './menu'
import { appPages, createMainWindow, guardEveryWebContents, loadAppPage, lockDownSession } from './window'
import { WINDOW_THEME_FILE } from './window-theme'
import { eventChannel } from '../shared/contract/wire'
import { useBuiltWorkers } from './worker-thread'

/** Folder of the built main bundle (out/main). */
const here = dirname(fileURLToPath(import.meta.url))

// The parse worker and the sync engine are entries of the main build of their own (electron.vite.config.ts), beside this one.
useBuiltWorkers(here)

/** How long the window waits for the renderer to save pending edits before closing anyway. */
const FLUSH_TIMEOUT_MS = 3000
/** How often unused pictures are looked for while the app stays open. */
const PICTURE_SWEEP_EVERY_MS = 24 * 60 * 60 * 1000

// Tests and portable setups may point the data folder elsewhere.
if (process.env.GROUNDWORK_USER_DATA) app.setPath('userData', process.env.GROUNDWORK_USER_DATA)
const userData = app.getPath('userData')
const log = fileLogger(join(userData, 'logs'))
process.on('uncaughtException', (error) => log('uncaught exception', error))
process.on('unhandledRejection', (error) => log('unhandled rejection', error))

let win: BrowserWindow | null = null
let core: Core | null = null
/** Set once the app is on its way out: closing the window then really closes it, even when kept in the tray. */
let quitting = false

// Windows shows an app's notifications only under its application id (the installer's appId).
if (process.platform === 'win32') app.setAppUserModelId('app.groundwork.study')

// A second instance would write the same data file: hand over to the first one instead.
if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.on('second-instance', () => {
    if (win?.isMinimized()) win.restore()
    win?.show()
    win?.focus()
  })
  // macOS: a click on the Dock icon brings back a window kept in the tray.
  app.on('activate', () => win?.show())
  app.on('window-all-closed', () => app.quit())
  app.on('before-quit', (event) => {
    quitting = true
    if (!core) return
    // Let every acknowledged change reach the disk before the process ends.
    event.preventDefault()
    const closing = core
    core = null
    void closing.close().finally(() => app.quit())
  })
  void app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      log('start-up failed', error)
      // The window may already be up: say why it goes away instead of vanishing.
      const logs = join(userData, 'logs')
      const details = existsSync(logs) ? `\n\nDetails are in ${logs}.` : ''
      dialog.showErrorBox(
        'Groundwork could not start',
        `${error instanceof Error ? error.message : String(error)}${details}`,
      )
      app.quit()
    })
}

async function start(): Promise<void> {
  lockDownSession()
  guardEveryWebContents()
  // The window first: it needs none of the data code. That code (zod, lowdb, the handlers: tens
  // of ms to load) and the data file then load while the renderer starts. IPC is registered
  // before the page loads, and calls made before the data is open wait for it.
  const themeFile = join(userData, WINDOW_THEME_FILE)
  const icon = join(here, '../../resources/icon.png')
  const window = await createMainWindow({
    stateFile: join(userData, 'window-state.json'),
    themeFile,
    icon,
    log,
  })
  // Known before its page loads: IPC is answered for this window only.
  win = window
  const services = electronServices(() => win, themeFile, icon)
  const opening = import('./core').then(({ createCore }) => createCore({ dataDir: userData, services, log }))
  registerIpc(
    (wire, payload, from) => opening.then((ready) => ready.dispatch(wire, payload, from)),
    () => win?.webContents ?? null,
    appPages(),
    log,
  )
  const pageLoaded = loadPage(window, opening)
  core = await opening
  // The data file has the last word: its theme may differ from the copy (a restored backup, a first start after an update).
  void services
    .setThemeSource(core.store.state.settings.theme)
    .catch((error: unknown) => log('theme not applied', error))
  installMenu(() => win, userData)
  core.setEmitter((event, payload) => win?.webContents.send(eventChannel(event), payload))
  await pageLoaded
  followSyncMoments(core, () => win)
  sweepPicturesDaily(core)
}

async function loadPage(window: BrowserWindow, opening: Promise<Core>): Promise<void> {
  // Closing asks the renderer to save what is still being typed, then closes for real.
  let flushed = false
  window.on('close', (event) => {
    if (flushed) return
    event.preventDefault()
    // Kept in the tray: the window only hides (its page and unsaved edits stay as they are) and reminders go on.
    if (!quitting && core?.store.state.device.reminders.keepInTray) return window.hide()
    const finish = (): void => {
      flushed = true
      window.close()
    }
    const timer = setTimeout(finish, FLUSH_TIMEOUT_MS)
    opening.then(
      (ready) =>
        ready.setFlushedListener(() => {
          clearTimeout(timer)
          finish()
        }),
      () => undefined, // No data open: nothing to flush, the timer closes the window.
    )
    window.webContents.send(eventChannel('flushRequest'), null)
  })
  window.on('closed', () => (win = null))
  await loadAppPage(window)
}

/**
 * Sync's engine loads once the first screen is up; the folder is read again when the window gets
 * the focus and after the computer wakes (a watcher misses what changed while it slept).
 */
function followSyncMoments(ready: Core, window: () => BrowserWindow | null): void {
  const again = (): void => void ready.sync.syncNow().catch((error: unknown) => log('sync round failed', error))
  void ready.sync.resume().catch((error: unknown) => log('sync could not resume', error))
  window()?.on('focus', again)
  powerMonitor.on('resume', again)
}

/** Unused pictures are looked for once the first screen is up, then once a day. */
function sweepPicturesDaily(ready: Core): void {
  const sweep = (): void =>
    void ready.pictureCleanup.sweep().catch((error: unknown) => log('picture sweep failed', error))
  sweep()
  setInterval(sweep, PICTURE_SWEEP_EVERY_MS).unref()
}
