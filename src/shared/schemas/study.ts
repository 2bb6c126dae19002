import { z } from 'zod'
import { idSchema, timestampSchema } from './common'

/** One stretch of study on a skill: a timer (end null while it runs) or time logged by hand. */
export const studySessionSchema = z.object({
  id: idSchema,
  skillId: idSchema,
  start: timestampSchema,
  end: timestampSchema.nullable(),
  minutes: z
    .number()
    .min(0)
    .max(24 * 60),
  manual: z.boolean(),
})

/** Study slice: every session, and the minutes a day needs to count toward the streak. */
export const studyStateSchema = z.object({
  sessions: z.array(studySessionSchema).default([]),
  minMinutesPerDay: z
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(15),
})

/** Longest stretch one session may count; a timer left running longer is capped on stop. */
export const MAX_SESSION_MINUTES = 12 * 60

export type StudySession = z.infer<typeof studySessionSchema>
export type StudyState = z.infer<typeof studyStateSchema>
