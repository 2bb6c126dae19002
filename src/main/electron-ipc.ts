import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron'
import { listChannels } from '../shared/contract/wire'
import type { Dispatch, Logger } from './router'
import { senderRefusal, type AppPages, type SenderInfo } from './security'

/** Distinct refused senders logged at most; a hostile page could make up endless URLs. */
const MAX_LOGGED_SENDERS = 100
/** Longest sender URL written to the log (a data: URL can be megabytes). */
const MAX_LOGGED_URL = 300

/** The plain facts about an IPC message's sender that the trust check needs. */
function senderInfo(event: IpcMainInvokeEvent, appContents: WebContents | null): SenderInfo {
  const frame = event.senderFrame
  return {
    fromAppWindow: appContents !== null && event.sender === appContents,
    frameUrl: frame?.url ?? null,
    isTopFrame: frame !== null && frame.parent === null,
  }
}

/**
 * Registers every contract channel with ipcMain in one loop; only the app's own top-level page
 * is answered. A refused sender is logged once per URL, with the channel it tried, as VS Code's
 * validatedIpcMain does: a silent refusal would hide an attack or a broken page.
 */
export function registerIpc(
  dispatch: Dispatch,
  appContents: () => WebContents | null,
  pages: AppPages,
  log: Logger,
): void {
  const logged = new Set<string>()
  const refuse = (wire: string, sender: SenderInfo, why: string): void => {
    const url = (sender.frameUrl ?? '(no frame)').slice(0, MAX_LOGGED_URL)
    if (logged.has(url) || logged.size >= MAX_LOGGED_SENDERS) return
    logged.add(url)
    log(`Refused IPC on ${wire} from ${url}: ${why}.`)
  }
  for (const [, , wire] of listChannels()) {
    ipcMain.handle(wire, (event, payload: unknown) => {
      const sender = senderInfo(event, appContents())
      const why = senderRefusal(sender, pages)
      if (why !== null) {
        refuse(wire, sender, why)
        return { ok: false, error: { code: 'untrusted-sender', message: 'This frame may not call Groundwork.' } }
      }
      return dispatch(wire, payload, 'window')
    })
  }
}
