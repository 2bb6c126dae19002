import { z } from 'zod'

/** A time of day, "HH:MM" on a 24-hour clock. */
export const timeOfDaySchema = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'A time is written HH:MM (00:00 to 23:59).')

/** The kinds of reminder, each on or off on its own. */
export const REMINDER_KINDS = ['cardsDue', 'todayShare', 'streak'] as const

/** One kind of reminder. */
export type ReminderKind = (typeof REMINDER_KINDS)[number]

/**
 * This computer's reminder, tray and start-up choices: all off until the learner turns them on.
 * They live in the device part of the state, so another computer keeps its own.
 */
export const reminderSettingsSchema = z.object({
  /** Desktop notifications at all. */
  enabled: z.boolean().default(false),
  /** Which kinds, when notifications are on. */
  kinds: z
    .object({
      cardsDue: z.boolean().default(false),
      todayShare: z.boolean().default(false),
      streak: z.boolean().default(false),
    })
    .prefault({}),
  /** From this time, today's share not yet studied (and a streak not yet kept) is worth a reminder. */
  shareTime: timeOfDaySchema.default('18:00'),
  /** No notification between these times; `from` after `to` crosses midnight. */
  quiet: z
    .object({
      on: z.boolean().default(false),
      from: timeOfDaySchema.default('22:00'),
      to: timeOfDaySchema.default('08:00'),
    })
    .prefault({}),
  /** No notification before this instant (ISO). */
  snoozeUntil: z.iso.datetime().nullable().default(null),
  /** Closing the window hides it; the app keeps running in the tray (menu bar on macOS). */
  keepInTray: z.boolean().default(false),
  /** The app starts when the learner logs in to the computer. */
  openAtLogin: z.boolean().default(false),
  /** The learner answered the offer of reminders (Turn on or Not now): it is not shown again. */
  offerAnswered: z.boolean().default(false),
  /** The calendar day (learner's zone) each kind was last shown: once per kind per day. */
  shown: z.partialRecord(z.enum(REMINDER_KINDS), z.string()).default({}),
})

/** This computer's reminder settings. */
export type ReminderSettings = z.output<typeof reminderSettingsSchema>

/** The settings as a fresh computer has them: everything off. */
export function defaultReminderSettings(): ReminderSettings {
  return reminderSettingsSchema.parse({})
}
