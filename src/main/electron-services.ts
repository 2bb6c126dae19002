import { app, BrowserWindow, dialog, Menu, nativeImage, nativeTheme, Notification, shell, Tray } from 'electron'
import type { Services } from './services'
import { isSafeExternalUrl } from './security'
import { saveWindowTheme, windowBackground } from './window-theme'
import type { TrayAction, TrayMenu } from './reminders/tray-menu'
import { DiagramPage, type ScriptPage } from './diagrams/diagram-page'
import { loadDiagramPage } from './window'

/** Brings the window back from the tray, the taskbar or behind others. */
function bringForward(win: BrowserWindow | null): void {
  if (!win) return
  if (win.isMinimized()) win.restore()
  win.show()
  win.focus()
}

/** Electron's menu template for the tray's plain-data menu; opening and quitting are done here, the rest by `onAction`. */
function trayTemplate(
  menu: TrayMenu,
  getWindow: () => BrowserWindow | null,
  onAction: (action: TrayAction) => void,
): Electron.MenuItemConstructorOptions[] {
  const run = (action: TrayAction): void => {
    if (action === 'quit') return app.quit()
    if (action !== 'timer-start' && action !== 'timer-stop') bringForward(getWindow())
    if (action !== 'open') onAction(action)
  }
  return menu.items.map((item): Electron.MenuItemConstructorOptions => {
    if (item === 'separator') return { type: 'separator' }
    if (!('action' in item)) return { label: item.label, enabled: false }
    return { label: item.label, enabled: item.enabled, click: () => run(item.action) }
  })
}

/** A hidden, sandboxed window on the diagram page: no preload, no way out, nothing shown. */
async function openDiagramWindow(): Promise<ScriptPage> {
  // The main window's hardening, written out (a static scanner reads it), with no preload.
  const win = new BrowserWindow({
    show: false,
    webPreferences: {
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
      disableBlinkFeatures: 'Auxclick',
      // A window never shown counts as in the background: its timers must not be slowed while it draws.
      backgroundThrottling: false,
    },
  })
  win.webContents.on('will-navigate', (event) => event.preventDefault())
  win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }))
  try {
    await loadDiagramPage(win)
  } catch (error) {
    win.destroy()
    throw error
  }
  return { evaluate: (script) => win.webContents.executeJavaScript(script), close: () => win.destroy() }
}

/** The desktop services, done by Electron for the given window; the theme is also kept in `themeFile` for the next start. */
export function electronServices(getWindow: () => BrowserWindow | null, themeFile: string, trayIcon: string): Services {
  let tray: Tray | null = null
  // A notification nobody holds may be garbage collected before its click arrives.
  const showing = new Set<Notification>()
  let watchingWindow = false
  const diagrams = new DiagramPage(async () => {
    const page = await openDiagramWindow()
    const win = getWindow()
    if (win && !watchingWindow) {
      watchingWindow = true
      // A hidden window left open would keep the app running after the learner closed theirs.
      win.once('closed', () => void diagrams.close())
    }
    return page
  })
  return {
    async showSaveDialog({ title, defaultName, filters }) {
      const win = getWindow()
      const options = { title, defaultPath: defaultName, filters }
      const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options)
      return result.canceled || !result.filePath ? null : result.filePath
    },
    async showOpenDialog({ title, filters }) {
      const win = getWindow()
      const options = { title, filters, properties: ['openFile' as const] }
      const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options)
      return result.canceled ? null : (result.filePaths[0] ?? null)
    },
    async showFolderDialog({ title, buttonLabel }) {
      const win = getWindow()
      const options = { title, buttonLabel, properties: ['openDirectory' as const, 'createDirectory' as const] }
      const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options)
      return result.canceled ? null : (result.filePaths[0] ?? null)
    },
    showInFolder(path) {
      shell.showItemInFolder(path)
      return Promise.resolve()
    },
    async printToPdf(html) {
      // An offscreen, script-less window renders the report; it never touches the network.
      // The main window's hardening (written out so a static scanner sees it), with no preload.
      const win = new BrowserWindow({
        show: false,
        webPreferences: {
          javascript: false,
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
          disableBlinkFeatures: 'Auxclick',
        },
      })
      try {
        await win.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(html)}`)
        return await win.webContents.printToPDF({ printBackground: true, pageSize: 'A4', displayHeaderFooter: false })
      } finally {
        win.destroy()
      }
    },
    async openExternal(url) {
      if (!isSafeExternalUrl(url)) throw new Error('Only http and https links can be opened.')
      await shell.openExternal(url)
    },
    async setThemeSource(theme) {
      // Chromium's prefers-color-scheme follows themeSource, so the page's "system" colours do too.
      nativeTheme.themeSource = theme
      getWindow()?.setBackgroundColor(windowBackground(nativeTheme.shouldUseDarkColors))
      await saveWindowTheme(themeFile, theme)
    },
    showNotification({ title, body }, onClick) {
      if (!Notification.isSupported()) return
      const notification = new Notification({ title, body })
      showing.add(notification)
      notification.on('click', () => {
        showing.delete(notification)
        bringForward(getWindow())
        onClick()
      })
      notification.on('close', () => showing.delete(notification))
      notification.show()
    },
    setTray(menu, onAction) {
      if (!menu) {
        tray?.destroy()
        tray = null
        return
      }
      if (!tray) {
        tray = new Tray(nativeImage.createFromPath(trayIcon).resize({ width: 16, height: 16 }))
        // Windows and Linux open the window on a click; the menu comes on a right click (a click on macOS).
        tray.on('click', () => bringForward(getWindow()))
      }
      tray.setToolTip(menu.tooltip)
      tray.setContextMenu(Menu.buildFromTemplate(trayTemplate(menu, getWindow, onAction)))
    },
    setOpenAtLogin(on) {
      app.setLoginItemSettings({ openAtLogin: on })
    },
    renderDiagrams: (list) => diagrams.draw(list),
  }
}
