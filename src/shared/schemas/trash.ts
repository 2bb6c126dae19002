import { z } from 'zod'
import { idSchema, timestampSchema } from './common'
import { noteSchema } from './notes'
import { studySessionSchema } from './study'
import { customGoalSchema, levelIdSchema } from './levels'
import { cardStateSchema, customCardSchema } from './review'
import { evidenceItemSchema } from './evidence'
import { categorySchema, curriculumSkillSchema, frameworkRowSchema, subtopicSchema } from './curriculum'

/** Where a removed item sat in its list, so a restore puts it back in the same place (or at the end once that place is gone). */
const indexSchema = z.number().int().min(0)

/** When an item was removed. */
const removed = { deletedAt: timestampSchema }

/**
 * One removed item with everything needed to put it back as it was: same id, text, schedule and
 * place. The app's one trash holds what the learner recorded (notes, sessions, goals, own cards,
 * evidence links) and what they deleted from the curriculum (skills, sub-topics, categories,
 * framework rows); progress, notes and marks stay keyed by id outside it, so they come back too.
 */
export const trashEntrySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('note'), note: noteSchema, ...removed }),
  z.object({ kind: z.literal('session'), session: studySessionSchema, index: indexSchema, ...removed }),
  z.object({
    kind: z.literal('goal'),
    level: levelIdSchema,
    goal: customGoalSchema,
    index: indexSchema,
    done: z.boolean(),
    ...removed,
  }),
  z.object({ kind: z.literal('card'), card: customCardSchema, schedule: cardStateSchema.nullable(), ...removed }),
  z.object({
    kind: z.literal('evidence'),
    skillId: idSchema,
    item: evidenceItemSchema,
    index: indexSchema,
    ...removed,
  }),
  z.object({ kind: z.literal('skill'), skill: curriculumSkillSchema, index: indexSchema, ...removed }),
  z.object({
    kind: z.literal('subtopic'),
    skillId: idSchema,
    subtopic: subtopicSchema,
    index: indexSchema,
    ...removed,
  }),
  z.object({ kind: z.literal('category'), category: categorySchema, index: indexSchema, ...removed }),
  z.object({ kind: z.literal('framework'), framework: frameworkRowSchema, index: indexSchema, ...removed }),
])

/** The removals, oldest first, kept within TRASH_RULE (shared/trash/rule.ts). */
export const trashStateSchema = z.array(trashEntrySchema)

/** What kind of thing a trash entry holds. */
export const trashKindSchema = z.enum([
  'note',
  'session',
  'goal',
  'card',
  'evidence',
  'skill',
  'subtopic',
  'category',
  'framework',
])

/** One line of the trash as the renderer lists it: what it was, its name, where it belonged and when it went. */
export const trashSummarySchema = z.object({
  id: idSchema,
  kind: trashKindSchema,
  name: z.string(),
  skillId: idSchema.nullable(),
  deletedAt: timestampSchema,
})

export type TrashEntry = z.infer<typeof trashEntrySchema>
export type TrashKind = z.infer<typeof trashKindSchema>
export type TrashSummary = z.infer<typeof trashSummarySchema>
