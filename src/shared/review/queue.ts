import type { ReviewCard } from '../curriculum/cards'
import type { ReviewState } from '../schemas/review'
import { dayOf } from '../calendar/days'
import { isDue } from './due'
import { isOwnCard, studyCards } from './cards-of'
import type { Curriculum } from '../schemas/curriculum'

/** New cards a day brings into review, so a fresh start is not a wall of 70 cards. */
export const NEW_CARDS_PER_DAY = 10

/** How many never-seen cards were first answered on the local day of `now`. */
function newCardsToday(review: ReviewState, now: Date, timeZone: string): number {
  const today = dayOf(now, timeZone)
  return review.log.filter((entry) => entry.stateBefore === 0 && dayOf(new Date(entry.at), timeZone) === today).length
}

/** Today's session: every due card of the skills that count (earliest first), then new cards up to the daily allowance. */
export function buildQueue(review: ReviewState, curriculum: Curriculum, now: Date, timeZone: string): { cards: ReviewCard[]; due: number; fresh: number } {
  const cards = studyCards(review, curriculum)
  const due = cards.filter((card) => isDue(review.cards[card.id], now)).sort((a, b) => (review.cards[a.id]?.due ?? '').localeCompare(review.cards[b.id]?.due ?? ''))
  const allowance = Math.max(0, NEW_CARDS_PER_DAY - newCardsToday(review, now, timeZone))
  // The learner's own cards come first among new ones: they chose to write them.
  const unseen = cards.filter((card) => review.cards[card.id] === undefined)
  const fresh = [...unseen.filter((c) => isOwnCard(review, c.id)), ...unseen.filter((c) => !isOwnCard(review, c.id))].slice(0, allowance)
  return { cards: [...due, ...fresh], due: due.length, fresh: fresh.length }
}

/** Cards of the skills that count, per state for the overview: never seen, being learned, and in long-term review. */
export function cardCounts(review: ReviewState, curriculum: Curriculum): { total: number; unseen: number; learning: number; review: number } {
  const cards = studyCards(review, curriculum)
  let learning = 0
  let inReview = 0
  for (const card of cards) {
    const state = review.cards[card.id]?.state
    if (state === 2) inReview += 1
    else if (state === 1 || state === 3) learning += 1
  }
  return { total: cards.length, unseen: cards.length - learning - inReview, learning, review: inReview }
}
