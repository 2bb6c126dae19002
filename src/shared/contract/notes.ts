import { z } from 'zod'
import { channel } from './channel'
import { idSchema, MAX_NOTE_CHARS, timestampSchema } from '../schemas/common'
import { noteSchema } from '../schemas/notes'
import { noteVersionSchema } from '../schemas/note-history'
import { noteMetaSchema } from './app'

/** Longest note title, as the data file allows. */
const MAX_NOTE_TITLE_CHARS = 200

const titleSchema = z
  .string()
  .max(MAX_NOTE_TITLE_CHARS, `A note title can be at most ${MAX_NOTE_TITLE_CHARS} characters long.`)
const bodySchema = z
  .string()
  .max(
    MAX_NOTE_CHARS,
    `A note can hold at most ${MAX_NOTE_CHARS.toLocaleString('en')} characters. Move part of it into a second note.`,
  )

/** Personal Markdown notes per skill. Bodies travel only through get, save and a note's create. */
export const notesChannels = {
  /** A skill's notes without their bodies, newest created first. */
  list: channel(z.object({ skillId: idSchema }), z.object({ notes: z.array(noteMetaSchema) })),
  /** Starts a note on a skill, empty or with its first title and body (one write either way); answers its metadata. */
  create: channel(
    z.object({ skillId: idSchema, title: titleSchema.optional(), body: bodySchema.optional() }),
    noteMetaSchema,
  ),
  /** One note with its body. */
  get: channel(z.object({ id: idSchema }), noteSchema),
  /** Replaces a note's body (and title when given); answers the new metadata. */
  save: channel(z.object({ id: idSchema, title: titleSchema.optional(), body: bodySchema }), noteMetaSchema),
  delete: channel(z.object({ id: idSchema }), z.object({ id: idSchema })),
  /** A note's earlier versions with their text, newest first. */
  history: channel(z.object({ id: idSchema }), z.object({ versions: z.array(noteVersionSchema) })),
  /** Every note's id, skill and title (no bodies): what `[[` links can name, for autocomplete and the preview. */
  linkTargets: channel(
    z.undefined(),
    z.object({
      notes: z.array(z.object({ id: idSchema, skillId: idSchema, title: z.string(), createdAt: timestampSchema })),
    }),
  ),
  /** The notes whose `[[...]]` links point at a note or a skill, newest created first. */
  backlinks: channel(
    z.object({ kind: z.enum(['note', 'skill']), id: idSchema }),
    z.object({ notes: z.array(noteMetaSchema) }),
  ),
  /** Keeps the note's current text as a version, then puts back the version saved at `at`; answers the note as it now is. */
  restoreVersion: channel(z.object({ id: idSchema, at: timestampSchema }), noteSchema),
}
