import { z } from 'zod'
import { appChannels, noticeSchema, stateViewSchema, noteMetaSchema } from './contract/app'
import { skillsChannels } from './contract/skills'
import { frameworksChannels } from './contract/frameworks'
import { levelsChannels } from './contract/levels'
import { reportsChannels } from './contract/reports'
import { backupChannels } from './contract/backup'
import { reviewChannels } from './contract/review'
import { studyChannels } from './contract/study'
import { evidenceChannels } from './contract/evidence'
import { settingsChannels } from './contract/settings'
import { notesChannels } from './contract/notes'
import { searchChannels } from './contract/search'
import { curriculumChannels } from './contract/curriculum'
import { trashChannels } from './contract/trash'
import { packsChannels } from './contract/packs'
import { markdownChannels } from './contract/markdown'
import { changeSchema } from './contract/changes'
import { importsChannels } from './contract/imports'
import { syncChannels, syncStatusSchema } from './contract/sync'
import { attachmentsChannels } from './contract/attachments'
import { remindersChannels, reminderTargetSchema } from './contract/reminders'
import { diagramsChannels } from './contract/diagrams'
import { planChannels } from './contract/plan'
import type { Channel } from './contract/channel'
import type { Result } from './result'

/**
 * Every IPC channel, grouped by domain. The wire name of `contract.skills.setStatus` is
 * "skills:setStatus"; window.api.skills.setStatus calls it. Add a domain here and main,
 * preload and renderer all pick it up (a missing handler is a compile error in main).
 */
export const contract = {
  app: appChannels,
  skills: skillsChannels,
  frameworks: frameworksChannels,
  levels: levelsChannels,
  reports: reportsChannels,
  backup: backupChannels,
  review: reviewChannels,
  study: studyChannels,
  evidence: evidenceChannels,
  settings: settingsChannels,
  notes: notesChannels,
  search: searchChannels,
  curriculum: curriculumChannels,
  trash: trashChannels,
  packs: packsChannels,
  markdown: markdownChannels,
  imports: importsChannels,
  sync: syncChannels,
  attachments: attachmentsChannels,
  reminders: remindersChannels,
  diagrams: diagramsChannels,
  plan: planChannels,
} as const

/** Main-to-renderer events and their payloads. */
export const events = {
  /** Something about the data file the learner must know (recovery, a failed write). */
  notice: noticeSchema,
  /** The window is closing: save what is pending, then call app.flushed. */
  flushRequest: z.null(),
  /** The learner's data changed: the records of one write (any handler, an import, work that followed a change). */
  changed: changeSchema,
  /** Where sync stands, whenever that changes (a round ran, a problem came or went). */
  syncStatus: syncStatusSchema,
  /** The learner clicked a reminder or a tray item: show the review session or Today. */
  openPlace: z.object({ target: reminderTargetSchema }),
} as const

export type Contract = typeof contract
export type Domain = keyof Contract
export type MethodOf<D extends Domain> = keyof Contract[D] & string
export type ChannelOf<D extends Domain, M extends MethodOf<D>> = Contract[D][M] extends Channel ? Contract[D][M] : never
export type RequestOf<D extends Domain, M extends MethodOf<D>> = z.input<ChannelOf<D, M>['request']>
export type ResponseOf<D extends Domain, M extends MethodOf<D>> = z.output<ChannelOf<D, M>['response']>
export type EventName = keyof typeof events
export type EventPayload<E extends EventName> = z.output<(typeof events)[E]>

/** The typed window.api the preload exposes. */
export type Api = {
  [D in Domain]: {
    [M in MethodOf<D>]: RequestOf<D, M> extends undefined
      ? () => Promise<Result<ResponseOf<D, M>>>
      : (request: RequestOf<D, M>) => Promise<Result<ResponseOf<D, M>>>
  }
} & {
  /** Subscribes to a main-process event; returns the unsubscribe function. */
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void
}

// Names only, zod-free, so the preload can use them without the schemas.
export { eventChannel, listChannels } from './contract/wire'

export type Notice = z.output<typeof noticeSchema>
export type StateView = z.output<typeof stateViewSchema>
export type NoteMeta = z.output<typeof noteMetaSchema>
