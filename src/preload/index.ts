import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import { channelName, contract, eventChannel, events, type Api, type EventName } from '../shared/contract'

// The page's first app.getState is asked for now, while the page is still loading, so the answer
// is waiting when the app's scripts run instead of its round trip starting after them.
const GET_STATE = channelName('app', 'getState')
let earlyState: Promise<unknown> | null = ipcRenderer.invoke(GET_STATE)

// Exactly the contract: one function per channel, plus event subscription. ipcRenderer
// itself never reaches the page.
const api: Record<string, unknown> = {}
for (const domain of Object.keys(contract) as Array<keyof typeof contract>) {
  const methods: Record<string, (request?: unknown) => Promise<unknown>> = {}
  for (const method of Object.keys(contract[domain])) {
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
  if (!Object.hasOwn(events, event)) throw new Error(`Unknown event "${String(event)}"`)
  const wrapped = (_event: IpcRendererEvent, payload: unknown): void => listener(payload)
  ipcRenderer.on(eventChannel(event), wrapped)
  return () => void ipcRenderer.removeListener(eventChannel(event), wrapped)
}

contextBridge.exposeInMainWorld('api', Object.freeze(api) as Api)
