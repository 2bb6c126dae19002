import { describe, expect, it } from 'vitest'
import { levelGoals, nextUp } from '../../../../src/shared/levels/readiness'
import { applyEdit } from '../../../../src/main/curriculum/apply-edit'
import { studyLoopState } from '../../../support/study-loop-fixture'

describe('next up and hidden skills', () => {
  it('never suggests finishing a hidden skill, and suggests it again once shown', () => {
    const state = studyLoopState()
    const goals = levelGoals(state.curriculum, 'entry', state.levels)
    const skillSteps = (c: typeof state.curriculum) =>
      nextUp(c, goals, state.skills, 50).filter((step) => step.kind === 'skill')
    const first = skillSteps(state.curriculum)[0]
    if (!first) throw new Error('the fixture has a skill to suggest')
    const hide = (hidden: boolean, c = state.curriculum) =>
      applyEdit(c, { op: 'hideSkill', skillId: first.id, hidden }, (p) => `${p}-1`).curriculum
    const hidden = hide(true)
    expect(skillSteps(hidden).map((step) => step.id)).not.toContain(first.id)
    expect(skillSteps(hide(false, hidden))).toEqual(skillSteps(state.curriculum))
  })
})
