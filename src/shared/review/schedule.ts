import { createEmptyCard, fsrs, Rating, type Card, type Grade as FsrsGrade } from 'ts-fsrs'
import type { CardState, Grade } from '../schemas/review'

/** Display names of the four answers, in key order 1-4. */
export const GRADE_LABELS: Record<Grade, string> = { 1: 'Again', 2: 'Hard', 3: 'Good', 4: 'Easy' }

/** The four answers in key order. */
export const GRADES: readonly Grade[] = [1, 2, 3, 4]

// Fuzz off so the same answers at the same times always give the same schedule (and tests are exact).
/** Longest interval the scheduler gives, in days: ten years is "known" for this app. */
export const MAX_INTERVAL_DAYS = 3650

const scheduler = fsrs({
  enable_fuzz: false,
  enable_short_term: true,
  request_retention: 0.9,
  maximum_interval: MAX_INTERVAL_DAYS,
})

/** The ts-fsrs card for a stored state (a never-seen card when there is none). */
function toFsrsCard(stored: CardState | undefined, now: Date): Card {
  if (!stored) return createEmptyCard(now)
  return {
    due: new Date(stored.due),
    stability: stored.stability,
    difficulty: stored.difficulty,
    elapsed_days: stored.elapsed_days,
    scheduled_days: stored.scheduled_days,
    learning_steps: stored.learning_steps,
    reps: stored.reps,
    lapses: stored.lapses,
    state: stored.state,
    ...(stored.last_review ? { last_review: new Date(stored.last_review) } : {}),
  }
}

/** A ts-fsrs card as stored: ISO dates, plus the last answer and the lapse flag. */
function fromFsrsCard(card: Card, lastGrade: Grade, lapsed: boolean): CardState {
  return {
    due: card.due.toISOString(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsed_days,
    scheduled_days: card.scheduled_days,
    learning_steps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    ...(card.last_review ? { last_review: card.last_review.toISOString() } : {}),
    lastGrade,
    lapsed,
  }
}

/** Applies one answer at `now`; the result is the card's next stored state. */
export function rate(stored: CardState | undefined, grade: Grade, now: Date): CardState {
  // The app's grades 1-4 are ts-fsrs's Rating values; typed as such, they compare with its enum.
  const answer: FsrsGrade = grade
  const next = scheduler.next(toFsrsCard(stored, now), now, answer)
  // Again marks a lapse; only a confident answer (Good/Easy) clears it, Hard leaves it as it was.
  const lapsed = answer === Rating.Again ? true : answer >= Rating.Good ? false : (stored?.lapsed ?? false)
  return fromFsrsCard(next.card, grade, lapsed)
}

/** Milliseconds until the card would be due again for each answer, for the buttons' hints. */
export function previewIntervals(stored: CardState | undefined, now: Date): Record<Grade, number> {
  const preview = scheduler.repeat(toFsrsCard(stored, now), now)
  const out = {} as Record<Grade, number>
  for (const grade of GRADES) out[grade] = preview[grade as FsrsGrade].card.due.getTime() - now.getTime()
  return out
}

/** Milliseconds from the last answer to the due date: the interval the scheduler chose. */
export function intervalMs(stored: CardState): number {
  return new Date(stored.due).getTime() - new Date(stored.last_review ?? stored.due).getTime()
}

/** A short human reading of a duration: "1 min", "10 min", "3 h", "4 days", "2 mo". */
export function formatInterval(ms: number): string {
  const minutes = Math.max(1, Math.round(ms / 60_000))
  if (minutes < 60) return `${minutes} min`
  const hours = Math.round(minutes / 60)
  if (hours < 24) return `${hours} h`
  const days = Math.round(hours / 24)
  if (days < 31) return days === 1 ? '1 day' : `${days} days`
  const months = Math.round(days / 30)
  if (months < 12) return `${months} mo`
  return `${(days / 365).toFixed(1)} yr`
}
