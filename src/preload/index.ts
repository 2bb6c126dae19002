import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import type { EventName } from '../shared/contract'
// Names only: the contract's schemas (and zod) stay out of the preload, which runs before every page.
import { CHANNEL_METHODS, EVENT_NAMES, channelName, eventChannel } from '../shared/contract/wire'

// The page's first app.getState is asked for now, while the page is still loading, so the answer
// is waiting when the app's scripts run instead of its round trip starting after them.
const GET_STATE = channelName('app', 'getState')
let earlyState: Promise<unknown> | null = ipcRenderer.invoke(GET_STATE)

// Exactly the contract: one function per channel, plus event subscription. ipcRenderer
// itself never reaches the page.
const api: Record<string, unknown> = {}
for (const [domain, names] of Object.entries(CHANNEL_METHODS)) {
  const methods: Record<string, (request?: unknown) => Promise<unknown>> = {}
  for (const method of names) {
    const wire = channelName(domain, method)
    methods[method] = (request?: unknown) => {
      const early = wire === GET_STATE ? earlyState : null
      if (!early) return ipcRenderer.invoke(wire, request)
      earlyState = null
      return early
    }
  }
  api[domain] = Object.freeze(methods)
}
api.on = (event: EventName, listener: (payload: unknown) => void) => {
  if (!(EVENT_NAMES as readonly string[]).includes(event)) throw new Error(`Unknown event "${String(event)}"`)
  const wrapped = (_event: IpcRendererEvent, payload: unknown): void => listener(payload)
  ipcRenderer.on(eventChannel(event), wrapped)
  return () => void ipcRenderer.removeListener(eventChannel(event), wrapped)
}

contextBridge.exposeInMainWorld('api', Object.freeze(api))
