// Pure security decisions of the Electron layer, kept free of `electron` so unit tests run them.

/** Longest link handed to the OS browser. */
const MAX_EXTERNAL_URL = 2048

/** Where the app's own pages come from. */
export interface AppPages {
  /** file: URL of the built renderer's index.html (the only local page the app shows). */
  rendererFile: string
  /** The dev server in development (ELECTRON_RENDERER_URL); undefined in a built app. */
  devServer?: string | undefined
}

/** Only these links may leave the app, and only to the OS browser. */
export function isSafeExternalUrl(url: string): boolean {
  if (typeof url !== 'string' || url.length > MAX_EXTERNAL_URL) return false
  try {
    const parsed = new URL(url)
    return (
      (parsed.protocol === 'https:' || parsed.protocol === 'http:') &&
      parsed.hostname !== '' &&
      parsed.username === '' &&
      parsed.password === ''
    )
  } catch {
    return false
  }
}

/** Is `url` one of the app's own pages: the built index.html itself (not any local file), or the dev server? */
export function isAppUrl(url: string, pages: AppPages): boolean {
  try {
    const parsed = new URL(url)
    if (parsed.protocol === 'file:') {
      const entry = new URL(pages.rendererFile)
      return entry.protocol === 'file:' && parsed.host === entry.host && parsed.pathname === entry.pathname
    }
    if (pages.devServer === undefined || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')) return false
    return parsed.origin === new URL(pages.devServer).origin
  } catch {
    return false
  }
}

/** What happens when a page tries to go somewhere, or to open a window. */
export type NavigationDecision = 'allow' | 'open-externally' | 'deny'

/** Navigation stays inside the app; a safe web link goes to the OS browser; anything else is refused. */
export function navigationDecision(url: string, pages: AppPages): NavigationDecision {
  if (isAppUrl(url, pages)) return 'allow'
  return isSafeExternalUrl(url) ? 'open-externally' : 'deny'
}

/** The app never opens windows of its own; a safe web link goes to the OS browser instead. */
export function windowOpenDecision(url: string): Exclude<NavigationDecision, 'allow'> {
  return isSafeExternalUrl(url) ? 'open-externally' : 'deny'
}

/**
 * Permission requests and checks (camera, notifications, geolocation, ...): a study app needs
 * only one, writing text to the clipboard (a code block's copy button). Reading it stays denied.
 */
export function isPermissionAllowed(permission: string): boolean {
  return permission === 'clipboard-sanitized-write'
}

/** Network requests (http, https, ws, wss) the session lets through: only the dev server's, in development. */
export function isAllowedNetworkRequest(url: string, devServer: string | undefined): boolean {
  if (devServer === undefined) return false
  try {
    const parsed = new URL(url)
    // Vite's hot reload talks over ws:// to the same host and port as the page.
    return parsed.host === new URL(devServer).host && ['http:', 'https:', 'ws:', 'wss:'].includes(parsed.protocol)
  } catch {
    return false
  }
}

/** What the IPC layer knows about who sent a message, as plain values. */
export interface SenderInfo {
  /** Did it come from the main window's webContents? */
  fromAppWindow: boolean
  /** The sending frame's URL, or null when the frame is gone. */
  frameUrl: string | null
  /** Is the sending frame the top-level frame (not an iframe)? */
  isTopFrame: boolean
}

/** Why a sender may not call main, for the log; null for the app's own top-level page (the only one IPC answers). */
export function senderRefusal(sender: SenderInfo, pages: AppPages): string | null {
  if (!sender.fromAppWindow) return 'not the app window'
  if (sender.frameUrl === null) return 'the frame is gone'
  if (!sender.isTopFrame) return 'not the top-level frame'
  return isAppUrl(sender.frameUrl, pages) ? null : 'not an app page'
}
