import { z } from 'zod'
import { channel } from './channel'
import { stateViewSchema } from './app'
import { idSchema } from '../schemas/common'
import { MAX_FOLDER_FILES } from '../notes/folder/limits'

/** Opaque handle of a previewed import: every preview carries one, confirm and cancel take it; the data read stays in main. */
export const importTokenSchema = z.string().min(1).max(100)

/** What the learner chose in a Markdown folder preview: the skill for each folder whose files name none, and whether broken files come in as plain notes. */
const folderChoicesSchema = z.object({
  skills: z.array(z.object({ folder: z.string().max(4096), skillId: idSchema })).max(MAX_FOLDER_FILES),
  includeBroken: z.boolean(),
})

/** What a confirmed import answers: the new state, and per kind what the learner is told. */
const importAnswerSchema = z.discriminatedUnion('kind', [
  /** A backup imported or restored: the data replaced, the data before kept as `safetyBackup`. */
  z.object({ kind: z.literal('backup'), state: stateViewSchema, safetyBackup: z.string() }),
  /** A pack or outline merged into the curriculum. */
  z.object({ kind: z.literal('pack'), state: stateViewSchema }),
  /** A folder of notes: how many were added and updated; no backup when nothing changed. */
  z.object({
    kind: z.literal('folder'),
    state: stateViewSchema,
    added: z.number().int(),
    updated: z.number().int(),
    safetyBackup: z.string().nullable(),
  }),
])

/** Confirming or dropping a previewed import, whatever its kind (choosing and previewing stay with the backup, packs and markdown domains). */
export const importsChannels = {
  /** Carries out the previewed import held under `token` on the data as it is now; a folder import takes the learner's `folder` choices. */
  confirm: channel(z.object({ token: importTokenSchema, folder: folderChoicesSchema.optional() }), importAnswerSchema),
  /** Drops a previewed import the learner decided against. */
  cancel: channel(z.object({ token: importTokenSchema }), z.null()),
}

/** The three things previewed before they are imported. */
export type ImportKind = ImportAnswer['kind']
export type FolderChoices = z.output<typeof folderChoicesSchema>
export type ImportAnswer = z.output<typeof importAnswerSchema>
