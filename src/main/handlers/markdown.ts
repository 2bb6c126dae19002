import { randomUUID } from 'node:crypto'
import { basename } from 'node:path'
import type { HandlerContext } from './context'
import type { DomainHandlers } from './types'
import { toStateView } from './app'
import { AppError } from '../../shared/result'
import { dayOf } from '../../shared/calendar/days'
import { CANCELLED } from '../../shared/contract/cancelled'
import type { FolderPreview } from '../../shared/contract/markdown'
import type { FolderChoices } from '../../shared/contract/imports'
import type { Importer, PendingImports } from '../imports/pending-imports'
import { readMarkdownFolder, type FolderContents } from '../folder/read-folder'
import { writeNotesFolder } from '../folder/write-folder'
import { foldersToPlace, planFolderImport, type FolderImportPlan } from '../folder/import-plan'
import { applyFolderImport, checkChoices } from '../folder/apply-import'
import { parseOffMain } from '../parse/parse-off-main'
import type { NoteFileShape } from '../parse/parse-jobs'
import { bringPictures, findFolderPictures, type FolderPictures } from '../folder/folder-pictures'
import { attachmentsNamedIn } from '../../shared/attachments/names'

/** A folder read and waiting for the learner's confirmation. */
interface HeldFolder {
  path: string
  contents: FolderContents
  /** Each file's front matter, read off main once (see parse-jobs.ts). */
  shapes: NoteFileShape[]
  /** The pictures the notes show, found and checked; `contents` has their links rewritten already. */
  pictures: Pick<FolderPictures, 'sources' | 'problems' | 'filesUsed'>
}

/** The stored pictures the notes an import writes would name. */
function picturesWritten(plan: FolderImportPlan): string[] {
  return [...plan.create, ...plan.update].flatMap((note) => attachmentsNamedIn(note.body))
}

/** The preview of `plan`, read from `path`. */
function folderPreview(
  path: string,
  plan: FolderImportPlan,
  skills: ReadonlyArray<{ id: string; title: string }>,
  otherFiles: number,
  pictures: HeldFolder['pictures'],
): Omit<FolderPreview, 'token'> {
  return {
    folder: { name: basename(path), path },
    added: plan.create.length,
    updated: plan.update.length,
    unchanged: plan.unchanged.length,
    place: foldersToPlace(plan, skills),
    broken: plan.broken.map(({ path: file, reason }) => ({ path: file, reason })),
    skipped: plan.skipped,
    // Picture files that come in with the notes are not passed over.
    otherFiles: otherFiles - pictures.filesUsed,
    otherKeys: plan.otherKeys,
    pictures: new Set(picturesWritten(plan).filter((name) => pictures.sources.has(name))).size,
    pictureProblems: pictures.problems,
  }
}

/** When the learner confirms with no choices (nothing needed one): no skills chosen, broken files left out. */
const NO_CHOICES: FolderChoices = { skills: [], includeBroken: false }

/** A folder of notes as a pending import: what is new, updated and unchanged; confirming plans again against the notes as they are then. */
function folderImporter(ctx: HandlerContext): Importer<HeldFolder, Omit<FolderPreview, 'token'>> {
  const skills = (): ReadonlyArray<{ id: string; title: string }> => ctx.store.state.curriculum.skills
  return {
    kind: 'folder',
    preview: ({ path, contents, shapes, pictures }) =>
      folderPreview(path, planFolderImport(contents, shapes, ctx.store.state), skills(), contents.otherFiles, pictures),
    prepare: ({ contents, shapes, pictures }, { folder = NO_CHOICES }) => {
      // Planned again against the notes as they are now: one may have been edited since the preview.
      const plan = planFolderImport(contents, shapes, ctx.store.state)
      const choices = {
        skillFor: new Map(folder.skills.map(({ folder: name, skillId }) => [name, skillId])),
        includeBroken: folder.includeBroken,
      }
      // A choice refused here leaves the import waiting, so the learner can pick another skill.
      checkChoices(plan, choices, new Set(skills().map((skill) => skill.id)))
      return async () => {
        const changes = plan.create.length + plan.update.length + (choices.includeBroken ? plan.broken.length : 0)
        if (changes === 0)
          return { kind: 'folder', state: toStateView(ctx.store.state), added: 0, updated: 0, safetyBackup: null }
        // Pictures first: a note is never written pointing at a picture that is not stored.
        await bringPictures(picturesWritten(plan), pictures.sources, ctx.attachments)
        // The notes as they were are kept as a backup first, so the whole import can be undone.
        const safetyBackup = await ctx.store.backupNow()
        let counts = { added: 0, updated: 0 }
        await ctx.store.update(
          (state) =>
            void (counts = applyFolderImport(state, plan, choices, ctx.clock.now(), () => `note-${randomUUID()}`)),
          { kind: 'import', what: 'markdown' },
        )
        return { kind: 'folder', state: toStateView(ctx.store.state), ...counts, safetyBackup }
      }
    },
  }
}

/** Notes out to a folder of Markdown files, and a folder's preview back in (pending until imports.confirm); the folder is read and written only by main. */
export function markdownHandlers(ctx: HandlerContext, pending: PendingImports): DomainHandlers<'markdown'> {
  const importer = folderImporter(ctx)
  return {
    async exportFolder() {
      if (Object.keys(ctx.store.state.notes).length === 0)
        throw new AppError('not-found', 'There are no notes to export yet. Write one on a skill first.')
      const chosen = await ctx.services.showFolderDialog({
        title: 'Choose a folder for your notes',
        buttonLabel: 'Export here',
      })
      if (!chosen) return CANCELLED
      return writeNotesFolder(
        chosen,
        ctx.store.state,
        `Groundwork notes ${dayOf(ctx.clock.now(), ctx.clock.timeZone())}`,
        ctx.attachments,
      )
    },
    async chooseImport() {
      const chosen = await ctx.services.showFolderDialog({
        title: 'Choose a folder of Markdown notes',
        buttonLabel: 'Import this folder',
      })
      if (!chosen) return CANCELLED
      const contents = await readMarkdownFolder(chosen)
      // Each file's front matter is read off main, once: the confirm plans again from these shapes.
      const shapes = await parseOffMain(
        'noteFiles',
        contents.files.map((file) => file.text),
      )
      // The linked pictures are read in small batches and checked; their links point at what they will be stored as.
      const { contents: withPictures, ...pictures } = await findFolderPictures(contents, shapes)
      return pending.offer(importer, { path: chosen, contents: withPictures, shapes, pictures })
    },
  }
}
