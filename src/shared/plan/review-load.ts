import type { Curriculum } from '../schemas/curriculum'
import type { ReviewState } from '../schemas/review'
import { dayOf, type DayKey } from '../calendar/days'
import { studyCards } from '../review/cards-of'
import { isDue } from '../review/due'
import { rate } from '../review/schedule'

/** Time one review takes on average, in seconds. */
export const REVIEW_SECONDS_PER_CARD = 30

/** Most reviews of one card predicted ahead (intervals grow quickly; this only bounds a strange card). */
const MAX_PREDICTED_REVIEWS = 40

/** Review minutes of a number of cards, rounded up. */
export function reviewMinutesOf(cards: number): number {
  return Math.ceil((cards * REVIEW_SECONDS_PER_CARD) / 60)
}

/** Cards expected due per day and the cards due now. */
export interface ReviewForecast {
  /** Local day -> cards the scheduler expects due that day (cards due now count on today). */
  byDay: ReadonlyMap<DayKey, number>
  dueNow: number
}

const cache = new WeakMap<ReviewState, { key: string; curriculum: Curriculum; forecast: ReviewForecast }>()

/**
 * The reviews FSRS predicts from `now` up to (not including) `until`: every seen card of a skill
 * that counts on its due day (overdue ones today), then again on the day the scheduler gives it
 * after a "Good" answer, and so on. Kept per review slice, so changing hours or dates re-plans
 * without predicting again.
 */
export function forecastReviews(
  review: ReviewState,
  curriculum: Curriculum,
  now: Date,
  timeZone: string,
  until: DayKey,
): ReviewForecast {
  const today = dayOf(now, timeZone)
  // Within a minute "now" moves too little to change what is due.
  const key = `${today}|${until}|${timeZone}|${Math.floor(now.getTime() / 60_000)}`
  const cached = cache.get(review)
  if (cached?.key === key && cached.curriculum === curriculum) return cached.forecast
  const byDay = new Map<DayKey, number>()
  let dueNow = 0
  for (const card of studyCards(review, curriculum)) {
    let stored = review.cards[card.id]
    if (!stored) continue
    if (isDue(stored, now)) dueNow += 1
    for (let n = 0; n < MAX_PREDICTED_REVIEWS; n += 1) {
      const at = new Date(Math.max(now.getTime(), new Date(stored.due).getTime()))
      const day = dayOf(at, timeZone)
      if (day >= until) break
      byDay.set(day, (byDay.get(day) ?? 0) + 1)
      stored = rate(stored, 3, at)
    }
  }
  const forecast = { byDay, dueNow }
  cache.set(review, { key, curriculum, forecast })
  return forecast
}
