import { z } from 'zod'
import { idSchema } from './common'
import {
  CRITERIA,
  DEFAULT_COLUMNS,
  DEFAULT_WEIGHT,
  MARKS,
  MAX_COMPARE,
  MAX_WEIGHT,
  SORT_COLUMNS,
  TABLE_COLUMNS,
} from '../frameworks/prefs'

/** A criterion the learner weights. */
export const criterionSchema = z.enum(CRITERIA)

/** How much a criterion counts, 0 (ignore) to 5. */
export const weightSchema = z
  .number()
  .int('A weight must be a whole number.')
  .min(0, 'A weight cannot be below 0.')
  .max(MAX_WEIGHT, `A weight cannot be above ${MAX_WEIGHT}.`)

/** The learner's weight for every criterion. */
const weightsSchema = z.object(
  Object.fromEntries(CRITERIA.map((c) => [c, weightSchema.default(DEFAULT_WEIGHT)])) as Record<
    (typeof CRITERIA)[number],
    z.ZodDefault<typeof weightSchema>
  >,
)

/** "learning" or "used"; a framework without a mark is simply absent from the record. */
export const frameworkMarkSchema = z.enum(MARKS)

/** An optional table column. */
export const tableColumnSchema = z.enum(TABLE_COLUMNS)

/** Sort order of the table. */
export const tableSortSchema = z.object({
  column: z.enum(SORT_COLUMNS),
  direction: z.enum(['asc', 'desc']),
})

/** Compare picks: distinct framework ids in the order picked, at most four. */
export const comparePicksSchema = z
  .array(idSchema)
  .max(MAX_COMPARE, `At most ${MAX_COMPARE} frameworks can be compared at once.`)
  .refine((ids) => new Set(ids).size === ids.length, 'A framework can be picked for comparison only once.')

/** The learner's framework preferences; every field has a fresh default so old files parse. */
export const frameworksStateSchema = z.object({
  weights: weightsSchema.prefault({}),
  marks: z.record(idSchema, frameworkMarkSchema).default(() => ({})),
  compare: comparePicksSchema.default(() => []),
  columns: z
    .array(tableColumnSchema)
    .refine((columns) => new Set(columns).size === columns.length, 'Each column can be listed once.')
    .default(() => [...DEFAULT_COLUMNS]),
  sort: tableSortSchema.default(() => ({ column: 'name' as const, direction: 'asc' as const })),
})
