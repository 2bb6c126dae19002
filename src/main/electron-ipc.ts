import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron'
import { listChannels } from '../shared/contract'
import type { Dispatch } from './router'
import { isAppUrl } from './security'

/** Only the app's own top-level frame may call main; anything else is answered with an error. */
export function isTrustedSender(event: IpcMainInvokeEvent, appContents: () => WebContents | null): boolean {
  const frame = event.senderFrame
  return event.sender === appContents() && frame !== null && frame.parent === null && isAppUrl(frame.url, process.env.ELECTRON_RENDERER_URL)
}

/** Registers every contract channel with ipcMain in one loop. */
export function registerIpc(dispatch: Dispatch, appContents: () => WebContents | null): void {
  for (const [, , wire] of listChannels()) {
    ipcMain.handle(wire, (event, payload: unknown) => {
      if (!isTrustedSender(event, appContents)) {
        return { ok: false, error: { code: 'untrusted-sender', message: 'This frame may not call Groundwork.' } }
      }
      return dispatch(wire, payload)
    })
  }
}
