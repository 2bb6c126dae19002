import { z } from 'zod'

/** What a channel that opens a save or open dialog answers when the learner closes it: a value, not an error. */
export const cancelledSchema = z.object({ cancelled: z.literal(true) })

/** A dialog the learner closed without choosing a file. */
export type Cancelled = z.output<typeof cancelledSchema>

/** The one cancelled answer, for handlers to return. */
export const CANCELLED: Cancelled = { cancelled: true }

/** The response of a dialog channel: what it answers once a file is chosen, or that none was. */
export function orCancelled<T extends z.ZodType>(chosen: T): z.ZodUnion<[typeof cancelledSchema, T]> {
  return z.union([cancelledSchema, chosen])
}

/** Did the learner close the dialog without choosing a file? */
export function isCancelled(answer: object): answer is Cancelled {
  return 'cancelled' in answer && answer.cancelled === true
}
