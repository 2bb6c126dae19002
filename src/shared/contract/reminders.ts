import { z } from 'zod'
import { channel } from './channel'
import { deviceSchema } from '../schemas/device'
import { reminderSettingsSchema, timeOfDaySchema } from '../reminders/settings'

/** Where a click on a reminder leads: the review session, or Today on the Dashboard. */
export const reminderTargetSchema = z.enum(['review', 'today'])

/** What one reminders.set call changes; any field left out stays as it is. */
export const reminderChangeSchema = z
  .object({
    enabled: z.boolean(),
    kinds: z.object({ cardsDue: z.boolean(), todayShare: z.boolean(), streak: z.boolean() }).partial(),
    shareTime: timeOfDaySchema,
    quiet: z.object({ on: z.boolean(), from: timeOfDaySchema, to: timeOfDaySchema }).partial(),
    keepInTray: z.boolean(),
    openAtLogin: z.boolean(),
    offerAnswered: z.boolean(),
  })
  .partial()
  .strict()

/** Reminder, tray and login channels: this computer's own choices; the changes answer this computer's part as stored. */
export const remindersChannels = {
  /** This computer's reminder settings. */
  get: channel(z.undefined(), reminderSettingsSchema),
  /** Changes some of them (opening at login is also set in the OS). */
  set: channel(reminderChangeSchema, deviceSchema),
  /** No reminder for `minutes` from now; 0 ends a snooze. */
  snooze: channel(
    z.object({
      minutes: z
        .number()
        .int()
        .min(0)
        .max(7 * 24 * 60, 'A snooze lasts at most a week.'),
    }),
    deviceSchema,
  ),
}
