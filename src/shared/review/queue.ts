import type { ReviewCard } from '../curriculum/cards'
import type { ReviewState } from '../schemas/review'
import { addDays, dayOf, dayStart } from '../calendar/days'
import { isDue } from './due'
import { isOwnCard, studyCards } from './cards-of'
import type { Curriculum } from '../schemas/curriculum'

/** New cards a day brings into review, so a fresh start is not a wall of 70 cards. */
export const NEW_CARDS_PER_DAY = 10

/** Most cards one "study ahead" session offers. */
export const STUDY_AHEAD_LIMIT = 20

/** Was this one of the learner's own cards written on the local day `today`? */
function writtenOn(review: ReviewState, id: string, today: string, timeZone: string): boolean {
  const written = review.custom[id]?.createdAt ?? review.noteCards[id]?.createdAt
  return written !== undefined && dayOf(new Date(written), timeZone) === today
}

/** How many never-seen cards, other than those written today, were first answered on the local day of `now`. */
function newCardsToday(review: ReviewState, now: Date, timeZone: string): number {
  const today = dayOf(now, timeZone)
  return review.log.filter(
    (entry) =>
      entry.stateBefore === 0 &&
      dayOf(new Date(entry.at), timeZone) === today &&
      !writtenOn(review, entry.cardId, today, timeZone),
  ).length
}

/**
 * Today's session: every due card of the skills that count (earliest first), then new cards: the
 * learner's own written today, all of them (they just wrote them to learn them), then others up
 * to the daily allowance, their own cards first. `fresh` counts every new card the session holds.
 */
export function buildQueue(
  review: ReviewState,
  curriculum: Curriculum,
  now: Date,
  timeZone: string,
): { cards: ReviewCard[]; due: number; fresh: number } {
  const cards = studyCards(review, curriculum)
  const today = dayOf(now, timeZone)
  const due = cards
    .filter((card) => isDue(review.cards[card.id], now))
    .sort((a, b) => (review.cards[a.id]?.due ?? '').localeCompare(review.cards[b.id]?.due ?? ''))
  const allowance = Math.max(0, NEW_CARDS_PER_DAY - newCardsToday(review, now, timeZone))
  const unseen = cards.filter((card) => review.cards[card.id] === undefined)
  const writtenToday = unseen.filter((card) => writtenOn(review, card.id, today, timeZone))
  const others = unseen.filter((card) => !writtenOn(review, card.id, today, timeZone))
  // The learner's own cards come first among new ones: they chose to write them.
  const fresh = [
    ...writtenToday,
    ...[...others.filter((c) => isOwnCard(review, c.id)), ...others.filter((c) => !isOwnCard(review, c.id))].slice(
      0,
      allowance,
    ),
  ]
  return { cards: [...due, ...fresh], due: due.length, fresh: fresh.length }
}

/**
 * Cards to study ahead when nothing is due: cards already seen whose day has not come yet,
 * soonest first. ts-fsrs schedules an early answer by the days that really passed, so studying
 * ahead helps less than waiting but never harms the schedule.
 */
export function studyAheadQueue(
  review: ReviewState,
  curriculum: Curriculum,
  now: Date,
  limit = STUDY_AHEAD_LIMIT,
): ReviewCard[] {
  return studyCards(review, curriculum)
    .filter((card) => review.cards[card.id] !== undefined && !isDue(review.cards[card.id], now))
    .sort((a, b) => review.cards[a.id]!.due.localeCompare(review.cards[b.id]!.due))
    .slice(0, limit)
}

/** Cards of the skills that count that will be due by the end of tomorrow (those still due today included). */
export function dueByTomorrow(review: ReviewState, curriculum: Curriculum, now: Date, timeZone: string): number {
  const end = dayStart(addDays(dayOf(now, timeZone), 2), timeZone)
  return studyCards(review, curriculum).filter((card) => {
    const stored = review.cards[card.id]
    return stored !== undefined && new Date(stored.due).getTime() < end
  }).length
}

/** Cards of the skills that count, per state for the overview: never seen, being learned, and in long-term review. */
export function cardCounts(
  review: ReviewState,
  curriculum: Curriculum,
): { total: number; unseen: number; learning: number; review: number } {
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
