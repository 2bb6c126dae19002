import { curriculumCards, type ReviewCard } from '../curriculum/cards'
import type { ReviewState } from '../schemas/review'
import type { Curriculum } from '../schemas/curriculum'
import { isVisibleSkill } from '../curriculum/access'

// Kept apart from the scheduler so views that only flag skills (Skills, Dashboard) do not load ts-fsrs.

/** The live cards written inside notes, note by note in the order of their lines. */
export function liveNoteCards(review: ReviewState): ReviewCard[] {
  return Object.values(review.noteCards)
    .filter((card) => !card.retired)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.noteId.localeCompare(b.noteId) || a.ordinal - b.ordinal)
    .map(({ id, skillId, front, back, noteId }) => ({ id, skillId, front, back, noteId }))
}

/** The curriculum's cards plus the learner's own (written in the form, then inside notes), in a stable order. */
export function allCards(review: ReviewState, curriculum: Curriculum): ReviewCard[] {
  const custom = Object.values(review.custom)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
    .map(({ id, skillId, front, back }) => ({ id, skillId, front, back }))
  return [...curriculumCards(curriculum), ...custom, ...liveNoteCards(review)]
}

/**
 * The cards that are studied now: those of skills that count (a hidden skill, one in a hidden
 * category or one in the trash keeps its cards and their schedules, but they are not due, new or
 * counted until it is back).
 */
export function studyCards(review: ReviewState, curriculum: Curriculum): ReviewCard[] {
  return allCards(review, curriculum).filter((card) => isVisibleSkill(curriculum, card.skillId))
}

/** Is this one of the learner's cards (written in the form or inside a note), not the curriculum's? */
export function isOwnCard(review: ReviewState, id: string): boolean {
  return Object.hasOwn(review.custom, id) || Object.hasOwn(review.noteCards, id)
}

/** Skills that count with at least one lapsed card, mapped to those cards' ids. */
export function skillsNeedingRevisit(review: ReviewState, curriculum: Curriculum): Map<string, string[]> {
  const out = new Map<string, string[]>()
  for (const card of studyCards(review, curriculum)) {
    if (!review.cards[card.id]?.lapsed) continue
    out.set(card.skillId, [...(out.get(card.skillId) ?? []), card.id])
  }
  return out
}
