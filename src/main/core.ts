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
import { followNoteIndexes } from './follow/note-indexes'
import { followNoteCards } from './follow/note-cards'
import { followNoteHistory } from './follow/note-history'
import { viewChangeOf } from './view-changes'
import { SyncService } from './sync/sync-service'
import { AttachmentStore, attachmentsFolderOf } from './attachments/attachment-store'
import { ReminderScheduler, type ShareOfToday } from './reminders/scheduler'
import { PictureCleanup } from './attachments/picture-cleanup'
import { todayShareMinutes } from '../shared/plan/today-share'
import { DiagramRenderer } from './diagrams/diagram-renderer'

/** Everything the main process runs that does not need Electron: store, handlers, router. */
export interface Core {
  store: DataStore
  dispatch: Dispatch
  /** Registers the one listener for main-to-renderer events (the window, or the harness). */
  setEmitter(emit: (event: EventName, payload: unknown) => void): void
  /** Registers what to do when the renderer confirms its edits are saved. */
  setFlushedListener(listener: () => void): void
  /** Sync through a folder; `resume()` once the first screen is up. */
  sync: SyncService
  /** The profile's pictures, beside the data file. */
  attachments: AttachmentStore
  /** Desktop reminders and the tray, checked once a minute. */
  reminders: ReminderScheduler
  /** Removes pictures nothing has named for a while; `sweep()` after start-up and once a day. */
  pictureCleanup: PictureCleanup
  close(): Promise<void>
}

/**
 * Composes main: the notice board, the store (whose background backups report to the board),
 * the search index and the handlers that get them. Used by the app, the e2e harness and benches.
 */
export async function createCore(options: {
  dataDir: string
  services: Services
  log: Logger
  checkResponses?: boolean
  clock?: Clock
  /** Sync's timings (tests step it themselves). */
  sync?: { rescanMs?: number; writeDelayMs?: number; watch?: boolean }
  /** Today's share of the plan, for the reminder of it (the planner's, unless a test gives its own). */
  shareOfToday?: ShareOfToday
}): Promise<Core> {
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
  const { store, notices: recovered } = await DataStore.open(options.dataDir, {
    backups: backupNotices(notices, options.log),
    listenerFailed: (error) => options.log('a change listener failed', error),
  })
  for (const notice of recovered) {
    options.log(`${notice.title}: ${notice.message}`)
    notices.raise(notice)
  }
  // Built lazily on the first query; one per store, so a closed store's index goes with it.
  const searchIndex = new SearchIndex(
    () => store.state.notes,
    () => store.state.curriculum,
  )
  const linkIndex = new LinkIndex(() => store.state.notes)
  const clock = options.clock ?? systemClock
  // Everything derived follows the store's change records, whichever handler (or import) wrote:
  // history first, so a note's old text is kept in the same save; then the cards and the indexes;
  // the renderer hears last, of all of it.
  followNoteHistory(store, clock, options.log)
  const cardsReady = followNoteCards(store, clock, options.log)
  followNoteIndexes(store, searchIndex, linkIndex)
  store.subscribe((change, around) => {
    const view = viewChangeOf(change, around)
    if (view) emit('changed', view)
  })
  await cardsReady
  const attachments = new AttachmentStore(attachmentsFolderOf(store.path))
  // Last: what comes from another computer is a change like any other, and the indexes, cards and history above follow it.
  const sync = new SyncService({
    store,
    dataDir: options.dataDir,
    clock,
    log: options.log,
    emit: (status) => emit('syncStatus', status),
    attachments,
    ...options.sync,
  })
  const handlers = createHandlers({
    store,
    searchIndex,
    linkIndex,
    services: options.services,
    clock,
    notices,
    emit,
    onFlushed: () => flushed(),
    log: options.log,
    sync,
    attachments,
    diagrams: new DiagramRenderer((list) => options.services.renderDiagrams(list)),
  })
  const dispatch = createRouter(handlers, options.log, { checkResponses: options.checkResponses })
  const reminders = new ReminderScheduler({
    store,
    clock,
    services: options.services,
    dispatch,
    emit,
    log: options.log,
    shareOfToday: options.shareOfToday ?? todayShareMinutes,
  })
  reminders.start()
  const pictureCleanup = new PictureCleanup({ store, attachments, clock, log: options.log })
  return {
    store,
    dispatch,
    setEmitter: (listener) => (emitter = listener),
    setFlushedListener: (listener) => (flushed = listener),
    sync,
    attachments,
    reminders,
    pictureCleanup,
    async close() {
      reminders.stop()
      await pictureCleanup.settled()
      await sync.close()
      await store.flush()
    },
  }
}
