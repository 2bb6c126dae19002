import { createHandlers } from './handlers'
import { createRouter, type Dispatch, type Logger } from './router'
import { DataStore } from './store/data-store'
import type { Services } from './services'
import { systemClock, type Clock } from './clock'
import { SearchIndex } from '../shared/search/search-index'
import { LinkIndex } from '../shared/links/link-index'
import { NoticeBoard } from './notice-board'
import { backupNotices } from './backup-notices'
import type { EventName, EventPayload } from '../shared/contract'

/** Everything the main process runs that does not need Electron: store, handlers, router. */
export interface Core {
  store: DataStore
  dispatch: Dispatch
  /** Registers the one listener for main-to-renderer events (the window, or the harness). */
  setEmitter(emit: (event: EventName, payload: unknown) => void): void
  /** Registers what to do when the renderer confirms its edits are saved. */
  setFlushedListener(listener: () => void): void
  close(): Promise<void>
}

/**
 * Composes main: the notice board, the store (whose background backups report to the board),
 * the search index and the handlers that get them. Used by the app, the e2e harness and benches.
 */
export async function createCore(options: { dataDir: string; services: Services; log: Logger; checkResponses?: boolean; clock?: Clock }): Promise<Core> {
  let emitter: (event: EventName, payload: unknown) => void = () => undefined
  let flushed: () => void = () => undefined
  const emit = <E extends EventName>(event: E, payload: EventPayload<E>): void => {
    try {
      emitter(event, payload)
    } catch (error) {
      // A window closing right now cannot be told; the store's background work must go on.
      options.log(`could not send the ${event} event`, error)
    }
  }
  const notices = new NoticeBoard((notice) => emit('notice', notice))
  // The store's start-up backup runs while it opens, so the board must be listening before then.
  const { store, notices: recovered } = await DataStore.open(options.dataDir, { backups: backupNotices(notices, options.log) })
  for (const notice of recovered) {
    options.log(`${notice.title}: ${notice.message}`)
    notices.raise(notice)
  }
  const handlers = createHandlers({
    store,
    // Built lazily on the first query; one per store, so a closed store's index goes with it.
    searchIndex: new SearchIndex(
      () => store.state.notes,
      () => store.state.curriculum,
    ),
    linkIndex: new LinkIndex(() => store.state.notes),
    services: options.services,
    clock: options.clock ?? systemClock,
    notices,
    emit,
    onFlushed: () => flushed(),
    log: options.log,
  })
  return {
    store,
    dispatch: createRouter(handlers, options.log, { checkResponses: options.checkResponses }),
    setEmitter: (listener) => (emitter = listener),
    setFlushedListener: (listener) => (flushed = listener),
    close: () => store.flush(),
  }
}
