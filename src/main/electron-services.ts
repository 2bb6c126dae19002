import { BrowserWindow, dialog, nativeTheme, shell } from 'electron'
import type { Services } from './services'
import { isSafeExternalUrl } from './security'
import { saveWindowTheme, windowBackground } from './window-theme'
import { DiagramPage, type ScriptPage } from './diagrams/diagram-page'
import { loadDiagramPage } from './window'

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
export function electronServices(getWindow: () => BrowserWindow | null, themeFile: string): Services {
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
    renderDiagrams: (list) => diagrams.draw(list),
  }
}
