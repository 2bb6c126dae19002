import type { DataStore } from '../store/data-store'
import type { Services } from '../services'
import type { Clock } from '../clock'
import type { SearchIndex } from '../../shared/search/search-index'
import type { EventName, EventPayload } from '../../shared/contract'
import type { NoticeBoard } from '../notice-board'
import type { LinkIndex } from '../../shared/links/link-index'
import type { Logger } from '../router'
import type { SyncService } from '../sync/sync-service'
import type { AttachmentStore } from '../attachments/attachment-store'
import type { DiagramRenderer } from '../diagrams/diagram-renderer'

/** What every handler gets: the store, the search index, the desktop services, and a way to tell the renderer. */
export interface HandlerContext {
  store: DataStore
  /** The search index over the store's notes; it follows the store's change records (see follow/note-indexes.ts). */
  searchIndex: SearchIndex
  /** Which notes link where; kept current like the search index. */
  linkIndex: LinkIndex
  services: Services
  /** "Now" and the learner's zone: every timestamp and calendar day a handler makes comes from here. */
  clock: Clock
  /** What the learner must be told (start-up recovery, failing backups), kept for getState and sent as events. */
  notices: NoticeBoard
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void
  /** Called when the renderer confirms pending edits are saved (window close handshake). */
  onFlushed(): void
  /** Main's log (logs/main.log in the app), for what the renderer reports went wrong. */
  log: Logger
  /** Sync through a folder (off until the learner sets it up). */
  sync: SyncService
  /** The profile's pictures (attachments/ beside the data file). */
  attachments: AttachmentStore
  /** Draws Mermaid diagrams through the services' hidden page, cached by theme and source. */
  diagrams: DiagramRenderer
}
