import { addDays, weekday, type DayKey } from '../calendar/days'
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

/** What the day loads are worked out from. */
export interface LoadInput {
  today: DayKey
  hoursPerWeek: number
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

/**
 * The loads of the days from `from` up to (not including) `until`. Reviews due on a day off wait
 * for the next study day, like the cards themselves.
 */
export function dayLoads(input: LoadInput, from: DayKey, until: DayKey): DayLoad[] {
  const perDay = minutesPerStudyDay(input.hoursPerWeek, input.studyDays)
  const studyDays = new Set(input.studyDays)
  let waiting = 0
  for (const [day, cards] of input.reviewCards) if (day < from) waiting += cards
  const loads: DayLoad[] = []
  for (let day = from; day < until; day = addDays(day, 1)) {
    const dayOfWeek = weekday(day)
    const studyDay = studyDays.has(dayOfWeek)
    waiting += input.reviewCards.get(day) ?? 0
    const reviewCards = studyDay ? waiting : 0
    if (studyDay) waiting = 0
    const capacity = studyDay ? perDay : 0
    const reviewMinutes = reviewMinutesOf(reviewCards)
    const studied = day === input.today ? input.studiedToday : 0
    const room = Math.max(0, capacity - reviewMinutes - studied)
    loads.push({ day, weekday: dayOfWeek, studyDay, capacity, reviewCards, reviewMinutes, room })
  }
  return loads
}
