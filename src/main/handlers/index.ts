import type { HandlerContext } from './context'
import type { Handlers } from './types'
import { appHandlers } from './app'
import { skillsHandlers } from './skills'
import { frameworksHandlers } from './frameworks'
import { levelsHandlers } from './levels'
import { reportsHandlers } from './reports'
import { backupHandlers } from './backup'
import { reviewHandlers } from './review'
import { studyHandlers } from './study'
import { evidenceHandlers } from './evidence'
import { settingsHandlers } from './settings'
import { notesHandlers } from './notes'
import { searchHandlers } from './search'
import { curriculumHandlers } from './curriculum'
import { trashHandlers } from './trash'
import { linkHandlers, withLinks } from './links'
import { noteHistoryHandlers } from './note-history'
import { packsHandlers } from './packs'
import { markdownHandlers } from './markdown'
import { importsHandlers } from './imports'
import { syncHandlers } from './sync'
import { attachmentsHandlers } from './attachments'
import { remindersHandlers } from './reminders'
import { diagramsHandlers } from './diagrams'
import { planHandlers } from './plan'
import { PendingImports } from '../imports/pending-imports'

/**
 * Every domain's handlers in one map, keyed like the contract. What follows a change (the indexes,
 * the cards in notes, note history, the renderer) listens to the store's change records instead
 * of wrapping handlers (see core.ts); only a rename's rewriting of links wraps notes.save.
 */
export function createHandlers(ctx: HandlerContext): Handlers {
  // One previewed import at a time, whichever domain offered it; imports.confirm carries it out.
  const pending = new PendingImports(() => ctx.clock.now().getTime())
  const handlers: Handlers = {
    app: appHandlers(ctx),
    skills: skillsHandlers(ctx),
    frameworks: frameworksHandlers(ctx),
    levels: levelsHandlers(ctx),
    reports: reportsHandlers(ctx),
    backup: backupHandlers(ctx, pending),
    review: reviewHandlers(ctx),
    study: studyHandlers(ctx),
    evidence: evidenceHandlers(ctx),
    settings: settingsHandlers(ctx),
    notes: { ...notesHandlers(ctx), ...noteHistoryHandlers(ctx), ...linkHandlers(ctx) },
    search: searchHandlers(ctx),
    curriculum: curriculumHandlers(ctx),
    trash: trashHandlers(ctx),
    packs: packsHandlers(ctx, pending),
    markdown: markdownHandlers(ctx, pending),
    imports: importsHandlers(pending),
    sync: syncHandlers(ctx),
    attachments: attachmentsHandlers(ctx),
    reminders: remindersHandlers(ctx),
    diagrams: diagramsHandlers(ctx),
    plan: planHandlers(ctx),
  }
  return withLinks(handlers, ctx)
}
