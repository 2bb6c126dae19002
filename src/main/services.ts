import type { ThemeSource } from './window-theme'
import type { TrayAction, TrayMenu } from './reminders/tray-menu'
import type { DiagramAnswer, DiagramRequest } from '../shared/diagrams/diagram-answer'

/** A file type filter for open/save dialogs. */
export interface FileFilter {
  name: string
  extensions: string[]
}

/**
 * The few things handlers need from the desktop shell. Electron's implementation lives in
 * electron-services.ts; the e2e harness and unit tests pass their own.
 */
export interface Services {
  /** Asks where to save; resolves to the chosen path or null when cancelled. */
  showSaveDialog(options: { title: string; defaultName: string; filters: FileFilter[] }): Promise<string | null>
  /** Asks for a file to open; resolves to its path or null when cancelled. */
  showOpenDialog(options: { title: string; filters: FileFilter[] }): Promise<string | null>
  /** Asks for a folder (one may be made in the dialog); resolves to its path or null when cancelled. */
  showFolderDialog(options: { title: string; buttonLabel: string }): Promise<string | null>
  /** Reveals a file in the OS file manager. */
  showInFolder(path: string): Promise<void>
  /** Renders self-contained HTML to PDF bytes. */
  printToPdf(html: string): Promise<Uint8Array>
  /** Opens an http(s) link in the OS browser. */
  openExternal(url: string): Promise<void>
  /** Makes the window and native controls follow the learner's theme, now and from the next start's first paint. */
  setThemeSource(theme: ThemeSource): Promise<void>
  /** Shows a desktop notification; `onClick` runs when the learner clicks it (the window is brought forward first). */
  showNotification(notification: { title: string; body: string }, onClick: () => void): void
  /** Shows the tray icon (menu bar on macOS) with `menu`, or removes it (null); `onAction` hears the item chosen. */
  setTray(menu: TrayMenu | null, onAction: (action: TrayAction) => void): void
  /** Starts the app when the learner logs in, or stops doing so. */
  setOpenAtLogin(on: boolean): void
  /** Draws Mermaid diagrams in a hidden page of their own: each one's sanitized SVG, or its error. */
  renderDiagrams(list: readonly DiagramRequest[]): Promise<DiagramAnswer[]>
}
