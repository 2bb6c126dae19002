import type { AppState } from '../model'
import { LEVEL_IDS } from '../curriculum/levels'

/** The parts of the state other features fill in (notes in full, or counted per skill as in the state view). */
interface ActivityParts {
  notes: Record<string, unknown>
  noteCounts: Record<string, number>
  review: { log: readonly unknown[]; custom: Record<string, unknown> }
  study: { sessions: readonly unknown[] }
  evidence: Record<string, readonly unknown[]>
}

/**
 * Whether the learner has done anything yet: a status, a ticked sub-topic, a goal or a date, and
 * (when given) a note, a review answer or card, study time or a piece of evidence.
 */
export function hasStarted(state: Pick<AppState, 'skills' | 'levels'> & Partial<ActivityParts>): boolean {
  const activity =
    Object.keys(state.notes ?? {}).length > 0 ||
    Object.values(state.noteCounts ?? {}).some((count) => count > 0) ||
    (state.review?.log.length ?? 0) > 0 ||
    Object.keys(state.review?.custom ?? {}).length > 0 ||
    (state.study?.sessions.length ?? 0) > 0 ||
    Object.values(state.evidence ?? {}).some((items) => items.length > 0)
  if (activity) return true
  const touchedSkill = Object.values(state.skills).some(
    (progress) => progress.status !== 'not-started' || Object.values(progress.subtopics).some(Boolean),
  )
  const touchedLevel = LEVEL_IDS.some((id) => {
    const level = state.levels[id]
    return level.targetDate !== null || level.doneGoalIds.length > 0 || level.customGoals.length > 0
  })
  return touchedSkill || touchedLevel || state.levels.currentLevel !== 'entry'
}
