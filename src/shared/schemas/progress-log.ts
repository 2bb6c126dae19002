import { z } from 'zod'
import { daySchema } from './common'

/** Skill progress per category at the end of one local day, fractions from 0 to 1. */
const progressSnapshotSchema = z.object({
  day: daySchema,
  technical: z.number().min(0).max(1),
  soft: z.number().min(0).max(1),
})

/** Progress history: at most one snapshot per day, oldest first. */
export const progressLogSchema = z.array(progressSnapshotSchema)

export type ProgressSnapshot = z.infer<typeof progressSnapshotSchema>
export type ProgressLog = z.infer<typeof progressLogSchema>
