import { z } from 'zod'
import { daySchema, idSchema } from './common'

const fraction = z.number().min(0).max(1)

/**
 * Skill progress per category at the end of one local day, fractions from 0 to 1: `categories`
 * per category id (added without a version bump; older entries lack it), and the built-in two
 * at the top level, which earlier releases read.
 */
const progressSnapshotSchema = z.object({
  day: daySchema,
  technical: fraction,
  soft: fraction,
  categories: z.record(idSchema, fraction).optional(),
})

/** Progress history: at most one snapshot per day, oldest first. */
export const progressLogSchema = z.array(progressSnapshotSchema)

export type ProgressSnapshot = z.infer<typeof progressSnapshotSchema>
export type ProgressLog = z.infer<typeof progressLogSchema>
