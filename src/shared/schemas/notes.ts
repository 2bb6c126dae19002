import { z } from 'zod'
import { idSchema, MAX_NOTE_CHARS, timestampSchema } from './common'

/** One personal Markdown note attached to a skill. */
export const noteSchema = z.object({
  id: idSchema,
  skillId: idSchema,
  title: z.string().max(200),
  body: z.string().max(MAX_NOTE_CHARS),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
})

/** All notes keyed by note id. */
export const notesStateSchema = z.record(idSchema, noteSchema)
