import { z } from 'zod'
import { channel } from './channel'
import { idSchema, timestampSchema } from '../schemas/common'
import { studySessionSchema } from '../schemas/study'

/** Study log channels: the timer, time logged by hand, and the streak minimum. */
export const studyChannels = {
  /** Starts the timer on a skill (stopping one that runs on another skill first). */
  start: channel(
    z.object({ skillId: idSchema }),
    z.object({ session: studySessionSchema, stopped: studySessionSchema.nullable() }),
  ),
  /** Stops the running timer. */
  stop: channel(z.undefined(), studySessionSchema),
  /** Logs time by hand for a day. */
  log: channel(
    z.object({
      skillId: idSchema,
      start: timestampSchema,
      minutes: z
        .number()
        .int('Enter whole minutes.')
        .min(1, 'Log at least one minute.')
        .max(24 * 60, 'A day has at most 1440 minutes.'),
    }),
    studySessionSchema,
  ),
  /** Removes a session from the log. */
  remove: channel(z.object({ id: idSchema }), z.null()),
  /** Sets the minutes a day needs to count toward the streak. */
  setMinimum: channel(
    z.object({
      minutes: z
        .number()
        .int('Enter whole minutes.')
        .min(1, 'The minimum is at least one minute.')
        .max(24 * 60),
    }),
    z.object({ minMinutesPerDay: z.number() }),
  ),
}
