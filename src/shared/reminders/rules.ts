import { dayOf, type DayKey } from '../calendar/days'
import type { ReminderKind, ReminderSettings } from './settings'
import { minuteOfDay, minutesOf, withinTimes } from './time-of-day'

/** What the learner's day looks like at the moment of a check. */
export interface ReminderFacts {
  now: Date
  timeZone: string
  /** Review cards due now. */
  cardsDue: number
  /** Minutes studied today. */
  minutesToday: number
  /** Today's share of the plan in minutes, or null when there is no plan. */
  shareMinutes: number | null
  /** Days in a row kept so far (ending yesterday while today is still open). */
  streakDays: number
  /** Today already counts for the streak. */
  streakKeptToday: boolean
}

/** A desktop notification to show, and where a click on it leads. */
export interface Reminder {
  kind: ReminderKind
  title: string
  body: string
  target: 'review' | 'today'
}

/** Is `now` inside the learner's quiet hours (which may cross midnight)? */
export function inQuietHours(settings: ReminderSettings, now: Date, timeZone: string): boolean {
  return settings.quiet.on && withinTimes(minuteOfDay(now, timeZone), settings.quiet.from, settings.quiet.to)
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`
}

/** The reminder of one kind the facts call for, ignoring whether it was shown or silenced. */
function reminderOf(kind: ReminderKind, facts: ReminderFacts, settings: ReminderSettings): Reminder | null {
  const lateEnough = minuteOfDay(facts.now, facts.timeZone) >= minutesOf(settings.shareTime)
  switch (kind) {
    case 'cardsDue':
      return facts.cardsDue > 0
        ? {
            kind,
            title: `${plural(facts.cardsDue, 'card is', 'cards are')} ready for review`,
            body: 'A few minutes of recall now keeps them fresh.',
            target: 'review',
          }
        : null
    case 'todayShare': {
      const share = facts.shareMinutes ?? 0
      const left = Math.ceil(share - facts.minutesToday)
      return lateEnough && share > 0 && left > 0
        ? {
            kind,
            title: "Today's study is still open",
            body: `${plural(left, 'minute', 'minutes')} of today's plan to go.`,
            target: 'today',
          }
        : null
    }
    case 'streak':
      return lateEnough && facts.streakDays > 0 && !facts.streakKeptToday
        ? {
            kind,
            title: `Keep your ${plural(facts.streakDays, 'day', 'days')} streak going`,
            body: 'A short session today keeps the run alive.',
            target: 'today',
          }
        : null
  }
}

/** The order kinds are weighed in when several are due at once (one notification per check). */
const ORDER: readonly ReminderKind[] = ['cardsDue', 'todayShare', 'streak']

/**
 * The notification to show now, if any: reminders on and the kind on, not snoozed, outside quiet
 * hours, and that kind not yet shown on today's calendar day in the learner's zone.
 */
export function reminderDue(settings: ReminderSettings, facts: ReminderFacts): Reminder | null {
  if (!settings.enabled) return null
  if (settings.snoozeUntil !== null && facts.now.getTime() < new Date(settings.snoozeUntil).getTime()) return null
  if (inQuietHours(settings, facts.now, facts.timeZone)) return null
  const today: DayKey = dayOf(facts.now, facts.timeZone)
  for (const kind of ORDER) {
    if (!settings.kinds[kind] || settings.shown[kind] === today) continue
    const reminder = reminderOf(kind, facts, settings)
    if (reminder) return reminder
  }
  return null
}
