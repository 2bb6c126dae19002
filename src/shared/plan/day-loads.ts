import { formatDayKey, utcMidnight, weekday, type DayKey } from '../calendar/days'
import { reviewMinutesOf } from './review-load'

/** What one day can hold: its study minutes, the reviews it gets, and the room left for sub-topics. */
export interface DayLoad {
  day: DayKey
  weekday: number
  studyDay: boolean
  capacity: number
  reviewCards: number
  reviewMinutes: number
  /** Minutes for sub-topics: capacity less reviews (and, today, less what was studied already). */
  room: number
}

/** A day before the hours are known: what is fixed by the calendar, the study days and the reviews. */
export interface PlanDayBase {
  day: DayKey
  weekday: number
  studyDay: boolean
  reviewCards: number
  reviewMinutes: number
  /** Minutes already studied that day (today only). */
  studied: number
}

/** What the days are worked out from. */
export interface DaysInput {
  today: DayKey
  studyDays: readonly number[]
  /** Cards expected due per day; those before `from` count on the first study day. */
  reviewCards: ReadonlyMap<DayKey, number>
  studiedToday: number
}

/** Minutes a study day holds: the week's hours shared evenly by the study days, in whole minutes. */
export function minutesPerStudyDay(hoursPerWeek: number, studyDays: readonly number[]): number {
  const days = new Set(studyDays).size
  return days === 0 ? 0 : Math.floor((hoursPerWeek * 60) / days)
}

/** The calendar days from `from` up to (not including) `until`, one Date stepped along (a plan may span years). */
function dayKeys(from: DayKey, until: DayKey): DayKey[] {
  const keys: DayKey[] = []
  const at = utcMidnight(from)
  for (let key = from; key < until;) {
    keys.push(key)
    at.setUTCDate(at.getUTCDate() + 1)
    key = formatDayKey(at.getUTCFullYear(), at.getUTCMonth() + 1, at.getUTCDate())
  }
  return keys
}

/**
 * The days from `from` up to (not including) `until` with their reviews. Reviews due on a day off
 * wait for the next study day, like the cards themselves.
 */
export function planDayBases(input: DaysInput, from: DayKey, until: DayKey): PlanDayBase[] {
  const studyDays = new Set(input.studyDays)
  let waiting = 0
  for (const [day, cards] of input.reviewCards) if (day < from) waiting += cards
  const keys = dayKeys(from, until)
  let dayOfWeek = keys.length > 0 ? weekday(from) : 0
  return keys.map((day) => {
    const studyDay = studyDays.has(dayOfWeek)
    waiting += input.reviewCards.get(day) ?? 0
    const reviewCards = studyDay ? waiting : 0
    if (studyDay) waiting = 0
    const base = {
      day,
      weekday: dayOfWeek,
      studyDay,
      reviewCards,
      reviewMinutes: reviewMinutesOf(reviewCards),
      // Whole minutes, as every figure of the plan is.
      studied: day === input.today ? Math.round(input.studiedToday) : 0,
    }
    dayOfWeek = (dayOfWeek + 1) % 7
    return base
  })
}

/** A day's room for sub-topics when a study day holds `perDay` minutes. */
export function roomOf(base: PlanDayBase, perDay: number): number {
  return base.studyDay ? Math.max(0, perDay - base.reviewMinutes - base.studied) : 0
}

/** The days' loads when a study day holds `perDay` minutes. */
export function loadsOf(bases: readonly PlanDayBase[], perDay: number): DayLoad[] {
  return bases.map((base) => ({
    day: base.day,
    weekday: base.weekday,
    studyDay: base.studyDay,
    capacity: base.studyDay ? perDay : 0,
    reviewCards: base.reviewCards,
    reviewMinutes: base.reviewMinutes,
    room: roomOf(base, perDay),
  }))
}
