import { app, dialog, Menu, shell, type BrowserWindow, type MenuItemConstructorOptions } from 'electron'

/** The curriculum's source, credited in the About box. */
const SOURCE_CREDIT =
  'Curriculum based on the article "Top 14 Backend Developer Skills You Must Know in 2026" (WsCube Tech blog, 2024-06-18), retold in our own words.'

/** Installs the native menu: File, Edit, View, Help. */
export function installMenu(getWindow: () => BrowserWindow | null, dataFolder: string): void {
  const isMac = process.platform === 'darwin'
  const about = (): void => {
    const options = {
      type: 'info' as const,
      title: 'About Groundwork',
      message: `Groundwork ${app.getVersion()}`,
      detail: `An offline study companion for backend developers.\n\n${SOURCE_CREDIT}\n\nYour data stays on this computer, in:\n${dataFolder}`,
      buttons: ['OK'],
    }
    const win = getWindow()
    void (win ? dialog.showMessageBox(win, options) : dialog.showMessageBox(options))
  }
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'File',
      submenu: [
        { label: 'Show Data Folder', click: () => void shell.openPath(dataFolder) },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...(app.isPackaged ? [] : [{ type: 'separator' as const }, { role: 'toggleDevTools' as const }]),
      ],
    },
    { role: 'help', submenu: [{ label: 'About Groundwork', click: about }] },
  ]
  Menu.setApplicationMenu(Menu.buildFromTemplate(template))
}
