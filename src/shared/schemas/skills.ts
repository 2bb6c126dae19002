import { z } from 'zod'
import { idSchema, timestampSchema } from './common'

/** Where the learner stands with one skill. */
export const skillStatusSchema = z.enum(['not-started', 'learning', 'done', 'skipped'])

/** The learner's own record for one skill; every field has a default so old files stay valid. */
export const skillProgressSchema = z.object({
  status: skillStatusSchema.default('not-started'),
  /** 0 means "not rated yet", 1-5 is the learner's own confidence. */
  confidence: z.number().int().min(0).max(5).default(0),
  /** Ticked sub-topic ids map to true. */
  subtopics: z.record(idSchema, z.boolean()).default(() => ({})),
  updatedAt: timestampSchema.optional(),
})

/** Progress of every skill the learner has touched, keyed by skill id. */
export const skillsStateSchema = z.record(idSchema, skillProgressSchema)
