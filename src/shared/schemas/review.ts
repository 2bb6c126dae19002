import { z } from 'zod'
import { idSchema, timestampSchema } from './common'

/** A rating the learner gives a card: 1 again, 2 hard, 3 good, 4 easy (ts-fsrs Rating values). */
export const gradeSchema = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)])

/** ts-fsrs Card fields, with dates as ISO strings, plus whether the card lapsed and is not yet recovered. */
export const cardStateSchema = z.object({
  due: timestampSchema,
  stability: z.number().min(0),
  difficulty: z.number().min(0),
  elapsed_days: z.number().min(0),
  scheduled_days: z.number().min(0),
  learning_steps: z.number().int().min(0),
  reps: z.number().int().min(0),
  lapses: z.number().int().min(0),
  /** 0 new, 1 learning, 2 review, 3 relearning. */
  state: z.number().int().min(0).max(3),
  last_review: timestampSchema.optional(),
  lastGrade: gradeSchema.optional(),
  /** Set by an Again rating, cleared by Good or Easy: the skill needs a revisit meanwhile. */
  lapsed: z.boolean().default(false),
})

/** One answered card, for history and charts. */
export const reviewLogEntrySchema = z.object({
  cardId: idSchema,
  skillId: idSchema,
  grade: gradeSchema,
  /** The card's state before this answer (0 means it was new). */
  stateBefore: z.number().int().min(0).max(3),
  scheduledDays: z.number().min(0),
  at: timestampSchema,
})

/** Longest front or back of a card the learner writes. */
export const MAX_CARD_TEXT = 1000

/** A card the learner wrote, optionally from one of their notes. */
export const customCardSchema = z.object({
  id: idSchema,
  skillId: idSchema,
  front: z.string().trim().min(1, 'The question must not be empty.').max(MAX_CARD_TEXT),
  back: z.string().trim().min(1, 'The answer must not be empty.').max(MAX_CARD_TEXT),
  noteId: idSchema.optional(),
  createdAt: timestampSchema,
})

/**
 * A card written inside a note (`Question :: Answer`), kept in step with the note by main. A card
 * whose line is gone is retired, not deleted: its schedule stays, so putting the line back revives it.
 */
export const noteCardSchema = z.object({
  id: idSchema,
  noteId: idSchema,
  skillId: idSchema,
  front: z.string().min(1).max(MAX_CARD_TEXT),
  back: z.string().min(1).max(MAX_CARD_TEXT),
  /** Where the card stands among the note's cards (0 first); kept for the order Review and exports show. */
  ordinal: z.number().int().min(0),
  retired: z.boolean().default(false),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
})

/** Review slice: scheduling state per card id, answer history, the learner's own cards and the cards inside notes. */
export const reviewStateSchema = z.object({
  cards: z.record(idSchema, cardStateSchema).default({}),
  log: z.array(reviewLogEntrySchema).default([]),
  custom: z.record(idSchema, customCardSchema).default({}),
  // Added without a schema version bump: a file written before note cards reads as having none.
  noteCards: z.record(idSchema, noteCardSchema).default({}),
})

/** Most answers the log keeps; older ones are dropped first. */
export const MAX_REVIEW_LOG = 20_000

export type Grade = z.infer<typeof gradeSchema>
export type CardState = z.infer<typeof cardStateSchema>
export type ReviewLogEntry = z.infer<typeof reviewLogEntrySchema>
export type CustomCard = z.infer<typeof customCardSchema>
export type NoteCard = z.infer<typeof noteCardSchema>
export type ReviewState = z.infer<typeof reviewStateSchema>
