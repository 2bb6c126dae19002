import type { AppState } from './model'
import { LEVEL_IDS } from './curriculum/levels'

/** Whether the learner has done anything yet: a status, a ticked sub-topic, a goal or a date. */
export function hasStarted(state: Pick<AppState, 'skills' | 'levels'>): boolean {
  const touchedSkill = Object.values(state.skills).some(
    (progress) => progress.status !== 'not-started' || Object.values(progress.subtopics).some(Boolean),
  )
  const touchedLevel = LEVEL_IDS.some((id) => {
    const level = state.levels[id]
    return level.targetDate !== null || level.doneGoalIds.length > 0 || level.customGoals.length > 0
  })
  return touchedSkill || touchedLevel || state.levels.currentLevel !== 'entry'
}
