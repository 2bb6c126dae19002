import { describe, expect, it } from 'vitest'
import { hasStarted } from '../../../src/shared/first-start'
import { freshState } from '../../../src/shared/model'

describe('hasStarted', () => {
  it('is false for fresh data and for skills touched back to "not started"', () => {
    const state = freshState()
    expect(hasStarted(state)).toBe(false)
    state.skills.apis = { status: 'not-started', confidence: 0, subtopics: { json: false } }
    expect(hasStarted(state)).toBe(false)
  })

  it.each([
    ['a skill status', (s: ReturnType<typeof freshState>) => void (s.skills.apis = { status: 'learning', confidence: 0, subtopics: {} })],
    ['a ticked sub-topic', (s: ReturnType<typeof freshState>) => void (s.skills.apis = { status: 'not-started', confidence: 0, subtopics: { json: true } })],
    ['a ticked goal', (s: ReturnType<typeof freshState>) => void s.levels.senior.doneGoalIds.push('senior-cloud')],
    ['a target date', (s: ReturnType<typeof freshState>) => void (s.levels.mid.targetDate = '2030-01-01')],
    ['another current level', (s: ReturnType<typeof freshState>) => void (s.levels.currentLevel = 'mid')],
  ])('is true once the learner sets %s', (_what, change) => {
    const state = freshState()
    change(state)
    expect(hasStarted(state)).toBe(true)
  })
})
