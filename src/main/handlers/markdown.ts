import { randomUUID } from 'node:crypto'
import { basename } from 'node:path'
import type { HandlerContext } from './context'
import type { DomainHandlers } from './types'
import { toStateView } from './app'
import { AppError } from '../../shared/result'
import { dayOf } from '../../shared/calendar/days'
import { CANCELLED } from '../../shared/contract/cancelled'
import type { FolderPreview } from '../../shared/contract/markdown'
import { PendingImports } from '../backup/pending'
import { readMarkdownFolder, type FolderContents } from '../folder/read-folder'
import { writeNotesFolder } from '../folder/write-folder'
import { foldersToPlace, planImport, type ImportPlan } from '../folder/import-plan'
import { applyImport, checkChoices } from '../folder/apply-import'
import { parseOffMain } from '../parse/parse-off-main'
import type { NoteFileShape } from '../parse/parse-jobs'

/** A folder read and waiting for the learner's confirmation. */
interface HeldFolder {
  path: string
  contents: FolderContents
  /** Each file's front matter, read off main once (see parse-jobs.ts). */
  shapes: NoteFileShape[]
}

/** The preview of `plan`, read from `path`, under `token`. */
function previewOf(token: string, path: string, plan: ImportPlan, skills: ReadonlyArray<{ id: string; title: string }>, otherFiles: number): FolderPreview {
  return {
    token,
    folder: { name: basename(path), path },
    added: plan.create.length,
    updated: plan.update.length,
    unchanged: plan.unchanged.length,
    place: foldersToPlace(plan, skills),
    broken: plan.broken.map(({ path: file, reason }) => ({ path: file, reason })),
    skipped: plan.skipped,
    otherFiles,
    otherKeys: plan.otherKeys,
  }
}

/** Notes out to a folder of Markdown files and back in, with a preview; the folder is read and written only by main. */
export function markdownHandlers(ctx: HandlerContext): DomainHandlers<'markdown'> {
  const pending = new PendingImports<HeldFolder>()
  const skills = (): ReadonlyArray<{ id: string; title: string }> => ctx.store.state.curriculum.skills
  return {
    async exportFolder() {
      if (Object.keys(ctx.store.state.notes).length === 0) throw new AppError('not-found', 'There are no notes to export yet. Write one on a skill first.')
      const chosen = await ctx.services.showFolderDialog({ title: 'Choose a folder for your notes', buttonLabel: 'Export here' })
      if (!chosen) return CANCELLED
      return writeNotesFolder(chosen, ctx.store.state, `Groundwork notes ${dayOf(ctx.clock.now(), ctx.clock.timeZone())}`)
    },
    async chooseImport() {
      const chosen = await ctx.services.showFolderDialog({ title: 'Choose a folder of Markdown notes', buttonLabel: 'Import this folder' })
      if (!chosen) return CANCELLED
      const contents = await readMarkdownFolder(chosen)
      const shapes = await parseOffMain(
        'noteFiles',
        contents.files.map((file) => file.text),
      )
      const token = pending.hold({ path: chosen, contents, shapes })
      return previewOf(token, chosen, planImport(contents, shapes, ctx.store.state), skills(), contents.otherFiles)
    },
    async confirmImport({ token, skills: chosen, includeBroken }) {
      const held = pending.peek(token)
      if (!held) throw new AppError('not-found', 'This import is no longer waiting for confirmation. Choose the folder again.')
      // Planned again against the notes as they are now: one may have been edited since the preview.
      const plan = planImport(held.contents, held.shapes, ctx.store.state)
      const choices = { skillFor: new Map(chosen.map(({ folder, skillId }) => [folder, skillId])), includeBroken }
      checkChoices(plan, choices, new Set(skills().map((skill) => skill.id)))
      pending.take(token)
      const changes = plan.create.length + plan.update.length + (includeBroken ? plan.broken.length : 0)
      if (changes === 0) return { state: toStateView(ctx.store.state), added: 0, updated: 0, safetyBackup: null }
      // The notes as they were are kept as a backup first, so the whole import can be undone.
      const safetyBackup = await ctx.store.backupNow()
      let counts = { added: 0, updated: 0 }
      await ctx.store.update((state) => void (counts = applyImport(state, plan, choices, ctx.clock.now(), () => `note-${randomUUID()}`)))
      return { state: toStateView(ctx.store.state), ...counts, safetyBackup }
    },
    async cancelImport({ token }) {
      pending.drop(token)
      return null
    },
  }
}
