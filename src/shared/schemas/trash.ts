import { z } from 'zod'
import { idSchema, timestampSchema } from './common'
import { noteSchema } from './notes'
import { studySessionSchema } from './study'
import { customGoalSchema, levelIdSchema } from './levels'
import { cardStateSchema, customCardSchema } from './review'
import { evidenceItemSchema } from './evidence'

/** Where a removed item sat in its list, so a restore puts it back in the same place. */
const indexSchema = z.number().int().min(0)

/** When an item was removed. */
const removed = { deletedAt: timestampSchema }

/** One removed item with everything needed to put it back as it was: same id, text and schedule. */
export const trashEntrySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('note'), note: noteSchema, ...removed }),
  z.object({ kind: z.literal('session'), session: studySessionSchema, index: indexSchema, ...removed }),
  z.object({ kind: z.literal('goal'), level: levelIdSchema, goal: customGoalSchema, index: indexSchema, done: z.boolean(), ...removed }),
  z.object({ kind: z.literal('card'), card: customCardSchema, schedule: cardStateSchema.nullable(), ...removed }),
  z.object({ kind: z.literal('evidence'), skillId: idSchema, item: evidenceItemSchema, index: indexSchema, ...removed }),
])

/** The newest removals, oldest first; past MAX_TRASH the oldest is dropped for good. */
export const trashStateSchema = z.array(trashEntrySchema)

/** How many removals the trash keeps. */
export const MAX_TRASH = 30

/** How much removed note text the trash keeps (it is re-encoded with every write of the file). */
export const MAX_TRASH_CHARS = 2_000_000

/** What kind of thing a trash entry holds. */
export const trashKindSchema = z.enum(['note', 'session', 'goal', 'card', 'evidence'])

export type TrashEntry = z.infer<typeof trashEntrySchema>
export type TrashKind = z.infer<typeof trashKindSchema>
