import type { AppState } from '../model'
import { buildQueue } from '../review/queue'
import { streakOf } from '../study/streak'
import type { ReminderFacts } from './rules'

/** The facts the reminder rules weigh, read from the state at `now`; today's share comes from the plan (null without one). */
export function reminderFacts(
  state: Pick<AppState, 'review' | 'curriculum' | 'study'>,
  now: Date,
  timeZone: string,
  shareMinutes: number | null,
): ReminderFacts {
  const streak = streakOf(state.study.sessions, state.study.minMinutesPerDay, timeZone, now)
  return {
    now,
    timeZone,
    cardsDue: buildQueue(state.review, state.curriculum, now, timeZone).due,
    minutesToday: streak.todayMinutes,
    shareMinutes,
    streakDays: streak.current,
    streakKeptToday: streak.todayCounts,
  }
}
