import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron'
import { listChannels } from '../shared/contract/wire'
import type { Dispatch } from './router'
import { isTrustedSender, type AppPages, type SenderInfo } from './security'

/** The plain facts about an IPC message's sender that the trust check needs. */
function senderInfo(event: IpcMainInvokeEvent, appContents: WebContents | null): SenderInfo {
  const frame = event.senderFrame
  return { fromAppWindow: appContents !== null && event.sender === appContents, frameUrl: frame?.url ?? null, isTopFrame: frame !== null && frame.parent === null }
}

/** Registers every contract channel with ipcMain in one loop; only the app's own top-level page is answered. */
export function registerIpc(dispatch: Dispatch, appContents: () => WebContents | null, pages: AppPages): void {
  for (const [, , wire] of listChannels()) {
    ipcMain.handle(wire, (event, payload: unknown) => {
      if (!isTrustedSender(senderInfo(event, appContents()), pages)) {
        return { ok: false, error: { code: 'untrusted-sender', message: 'This frame may not call Groundwork.' } }
      }
      return dispatch(wire, payload)
    })
  }
}
