import { z } from 'zod'
import { idSchema, MAX_NOTE_CHARS, timestampSchema } from './common'

/** Why a version was kept: typing (a new editing session or the interval passed), or before a restore, an import or a rename's link rewrite. */
export const versionReasonSchema = z.enum(['edit', 'restore', 'import', 'rename'])

/**
 * One earlier version of a note: its title and body as they were at `at` (the time that text was
 * saved, which also tells versions of one note apart). Flat strings only, so the serializer can
 * tell an unchanged version without encoding it.
 */
export const noteVersionSchema = z.object({
  at: timestampSchema,
  title: z.string().max(200),
  body: z.string().max(MAX_NOTE_CHARS),
  reason: versionReasonSchema,
})

/** Each note's earlier versions, oldest first, keyed by note id. */
export const noteHistoryStateSchema = z.record(idSchema, z.array(noteVersionSchema))

export type NoteVersion = z.infer<typeof noteVersionSchema>
export type VersionReason = z.infer<typeof versionReasonSchema>
export type NoteHistoryState = z.infer<typeof noteHistoryStateSchema>
