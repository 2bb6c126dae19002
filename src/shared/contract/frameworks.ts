import { z } from 'zod'
import { channel } from './channel'
import { idSchema } from '../schemas/common'
import {
  comparePicksSchema,
  criterionSchema,
  frameworkMarkSchema,
  frameworksStateSchema,
  tableColumnSchema,
  tableSortSchema,
  weightSchema,
} from '../schemas/frameworks'

/** Framework preference channels: each answers the whole frameworks slice as stored. */
export const frameworksChannels = {
  /** Sets how much one criterion counts in the learner's ranking. */
  setWeight: channel(z.object({ criterion: criterionSchema, weight: weightSchema }), frameworksStateSchema),
  /** Marks a framework as learning or used; null clears the mark. */
  setMark: channel(z.object({ frameworkId: idSchema, mark: frameworkMarkSchema.nullable() }), frameworksStateSchema),
  /** Replaces the compare picks (0 to 4 distinct ids, in the order picked). */
  setCompare: channel(z.object({ ids: comparePicksSchema }), frameworksStateSchema),
  /** Changes the visible columns and/or the sort order of the table. */
  setTableOptions: channel(
    z.object({
      columns: z
        .array(tableColumnSchema)
        .refine((columns) => new Set(columns).size === columns.length, 'Each column can be listed once.')
        .optional(),
      sort: tableSortSchema.optional(),
    }),
    frameworksStateSchema,
  ),
}
