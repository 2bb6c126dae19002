import { CURRICULUM_CARDS, type ReviewCard } from '../curriculum/cards'
import type { ReviewState } from '../schemas/review'

// Kept apart from the scheduler so views that only flag skills (Skills, Dashboard) do not load ts-fsrs.

/** Curriculum cards plus the learner's own, in a stable order. */
export function allCards(review: ReviewState): ReviewCard[] {
  const custom = Object.values(review.custom)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
    .map(({ id, skillId, front, back }) => ({ id, skillId, front, back }))
  return [...CURRICULUM_CARDS, ...custom]
}

/** Skills with at least one lapsed card, mapped to those cards' ids. */
export function skillsNeedingRevisit(review: ReviewState): Map<string, string[]> {
  const out = new Map<string, string[]>()
  for (const card of allCards(review)) {
    if (!review.cards[card.id]?.lapsed) continue
    out.set(card.skillId, [...(out.get(card.skillId) ?? []), card.id])
  }
  return out
}
