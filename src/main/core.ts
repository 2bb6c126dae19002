import { createHandlers } from './handlers'
import { createRouter, type Dispatch, type Logger } from './router'
import { DataStore } from './store/data-store'
import type { Services } from './services'
import { systemClock, type Clock } from './clock'
import { SearchIndex } from '../shared/search'
import type { EventName, EventPayload, Notice } from '../shared/contract'

/** Everything the main process runs that does not need Electron: store, handlers, router. */
export interface Core {
  store: DataStore
  dispatch: Dispatch
  notices: Notice[]
  /** Registers the one listener for main-to-renderer events (the window, or the harness). */
  setEmitter(emit: (event: EventName, payload: unknown) => void): void
  /** Registers what to do when the renderer confirms its edits are saved. */
  setFlushedListener(listener: () => void): void
  close(): Promise<void>
}

/** Opens the data folder, builds the search index and wires the handlers; used by the app, the e2e harness and benches. */
export async function createCore(options: { dataDir: string; services: Services; log: Logger; checkResponses?: boolean; clock?: Clock }): Promise<Core> {
  const { store, notices } = await DataStore.open(options.dataDir)
  for (const notice of notices) options.log(`${notice.title}: ${notice.message}`)
  let emitter: (event: EventName, payload: unknown) => void = () => undefined
  let flushed: () => void = () => undefined
  const handlers = createHandlers({
    store,
    // Built lazily on the first query; one per store, so a closed store's index goes with it.
    searchIndex: new SearchIndex(() => store.state.notes),
    services: options.services,
    clock: options.clock ?? systemClock,
    startupNotices: notices,
    emit: <E extends EventName>(event: E, payload: EventPayload<E>) => emitter(event, payload),
    onFlushed: () => flushed(),
  })
  return {
    store,
    notices,
    dispatch: createRouter(handlers, options.log, { checkResponses: options.checkResponses }),
    setEmitter: (emit) => (emitter = emit),
    setFlushedListener: (listener) => (flushed = listener),
    close: () => store.flush(),
  }
}
