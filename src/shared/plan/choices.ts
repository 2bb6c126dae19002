import type { AppState } from '../model'
import type { SubtopicRef } from '../schemas/plan'
import type { PlanChoice } from './schema'

/** Marks sub-topics as left for later, or brings them back (mutates the state: a draft in main's write). */
export function setLater(state: AppState, keys: readonly SubtopicRef[], later: boolean): void {
  for (const { skillId, subtopicId } of keys) {
    const skill = (state.plan.later[skillId] ??= {})
    if (later) skill[subtopicId] = true
    else delete skill[subtopicId]
    if (Object.keys(skill).length === 0) delete state.plan.later[skillId]
  }
}

/** Makes a choice on the state (a draft): the one change a preview shows and applyChoice writes. */
export function applyChoiceTo(state: AppState, choice: PlanChoice): void {
  switch (choice.kind) {
    case 'later-date':
      state.levels[state.levels.currentLevel].targetDate = choice.date
      return
    case 'more-hours':
      state.plan.hoursPerWeek = choice.hoursPerWeek
      return
    case 'leave-for-later':
      setLater(state, choice.keys, true)
      return
  }
}
