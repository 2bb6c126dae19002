import type { StateView } from '../../../../shared/contract'
import { curriculumCards } from '../../../../shared/curriculum/cards'

/** What the learner recorded on a skill, as a delete confirmation lists it. */
export interface Holdings {
  notes: number
  minutes: number
  cards: number
  evidence: number
  ticked: number
}

/** Counts the notes, study minutes, own and answered cards, evidence and ticked sub-topics of a skill. */
export function holdingsOf(data: StateView, skillId: string): Holdings {
  const own = Object.values(data.review.custom).filter((card) => card.skillId === skillId).length
  const answered = curriculumCards(data.curriculum).filter(
    (card) => card.skillId === skillId && Object.hasOwn(data.review.cards, card.id),
  ).length
  const ticks = Object.hasOwn(data.skills, skillId) ? data.skills[skillId]?.subtopics : undefined
  return {
    notes: Object.hasOwn(data.noteCounts, skillId) ? (data.noteCounts[skillId] ?? 0) : 0,
    minutes: Math.round(
      data.study.sessions.filter((s) => s.skillId === skillId).reduce((sum, s) => sum + s.minutes, 0),
    ),
    cards: own + answered,
    evidence: Object.hasOwn(data.evidence, skillId) ? (data.evidence[skillId]?.length ?? 0) : 0,
    ticked: Object.values(ticks ?? {}).filter(Boolean).length,
  }
}

/** "3 notes, 45 minutes of study time and 2 review cards", or null when it holds nothing. */
export function holdingsText(h: Holdings): string | null {
  const parts = [
    h.notes > 0 ? `${h.notes} ${h.notes === 1 ? 'note' : 'notes'}` : '',
    h.minutes > 0 ? `${h.minutes} ${h.minutes === 1 ? 'minute' : 'minutes'} of study time` : '',
    h.cards > 0 ? `${h.cards} review ${h.cards === 1 ? 'card' : 'cards'}` : '',
    h.evidence > 0 ? `${h.evidence} evidence ${h.evidence === 1 ? 'link' : 'links'}` : '',
    h.ticked > 0 ? `${h.ticked} ticked ${h.ticked === 1 ? 'sub-topic' : 'sub-topics'}` : '',
  ].filter(Boolean)
  if (parts.length === 0) return null
  return parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`
}
