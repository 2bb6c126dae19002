import { z } from 'zod'

/** What a channel that opens a save or open dialog answers when the learner closes it: a value, not an error. */
export const cancelledSchema = z.object({ cancelled: z.literal(true) })

/** The response of a dialog channel: what it answers once a file is chosen, or that none was. */
export function orCancelled<T extends z.ZodType>(chosen: T): z.ZodUnion<[typeof cancelledSchema, T]> {
  return z.union([cancelledSchema, chosen])
}
