import type { StudySession } from '../schemas/study'
import { addDays, dayOf, daysBetween, nextDayStart } from '../calendar/days'

/** Minutes studied per local day ("YYYY-MM-DD" -> minutes) in `timeZone`. */
export type DayMinutes = Map<string, number>

/**
 * Spreads sessions over the local days they touch: a timer running past midnight gives each
 * day its own share; time logged by hand counts on the day it was logged for. A running timer
 * counts up to `now`.
 */
export function minutesPerDay(sessions: readonly StudySession[], timeZone: string, now: Date): DayMinutes {
  const days: DayMinutes = new Map()
  const add = (key: string, minutes: number): void => void days.set(key, (days.get(key) ?? 0) + minutes)
  for (const session of sessions) {
    const start = new Date(session.start).getTime()
    if (session.manual) {
      add(dayOf(start, timeZone), session.minutes)
      continue
    }
    const end = session.end === null ? Math.max(start, now.getTime()) : start + session.minutes * 60_000
    let from = start
    while (from < end) {
      const to = Math.min(end, nextDayStart(from, timeZone))
      add(dayOf(from, timeZone), (to - from) / 60_000)
      from = to
    }
  }
  return days
}

/** The streak figures the Study log shows. */
export interface Streak {
  /** Qualifying days in a row ending today, or yesterday while today is still open. */
  current: number
  /** Longest run of qualifying days ever. */
  longest: number
  /** Has today already reached the minimum? */
  todayCounts: boolean
  /** Minutes studied today, to the tenth (a short timer run is not 0). */
  todayMinutes: number
}

/** Streaks over days with at least `minMinutes` of study (rounded to whole minutes), on local days. */
export function computeStreak(days: DayMinutes, minMinutes: number, today: string): Streak {
  const qualifies = (key: string): boolean => Math.round(days.get(key) ?? 0) >= minMinutes
  const todayCounts = qualifies(today)
  let current = 0
  for (let key = todayCounts ? today : addDays(today, -1); qualifies(key); key = addDays(key, -1)) current += 1

  const keys = [...days.keys()].filter(qualifies).sort()
  let longest = 0
  let run = 0
  for (let i = 0; i < keys.length; i += 1) {
    run = i > 0 && daysBetween(keys[i - 1] as string, keys[i] as string) === 1 ? run + 1 : 1
    longest = Math.max(longest, run)
  }
  return { current, longest, todayCounts, todayMinutes: Math.round((days.get(today) ?? 0) * 10) / 10 }
}

/** Convenience: the streak of a study log at `now` in `timeZone`. */
export function streakOf(sessions: readonly StudySession[], minMinutes: number, timeZone: string, now: Date): Streak {
  return computeStreak(minutesPerDay(sessions, timeZone, now), minMinutes, dayOf(now, timeZone))
}
