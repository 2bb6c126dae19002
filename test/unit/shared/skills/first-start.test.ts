import { describe, expect, it } from 'vitest'
import { hasStarted } from '../../../../src/shared/skills/first-start'
import { freshState } from '../../../../src/shared/model'

describe('hasStarted', () => {
  it('is false for fresh data and for skills touched back to "not started"', () => {
    const state = freshState()
    expect(hasStarted(state)).toBe(false)
    state.skills.apis = { status: 'not-started', confidence: 0, subtopics: { json: false } }
    expect(hasStarted(state)).toBe(false)
  })

  it.each([
    [
      'a skill status',
      (s: ReturnType<typeof freshState>) => void (s.skills.apis = { status: 'learning', confidence: 0, subtopics: {} }),
    ],
    [
      'a ticked sub-topic',
      (s: ReturnType<typeof freshState>) =>
        void (s.skills.apis = { status: 'not-started', confidence: 0, subtopics: { json: true } }),
    ],
    ['a ticked goal', (s: ReturnType<typeof freshState>) => void s.levels.senior.doneGoalIds.push('senior-cloud')],
    ['a target date', (s: ReturnType<typeof freshState>) => void (s.levels.mid.targetDate = '2030-01-01')],
    ['another current level', (s: ReturnType<typeof freshState>) => void (s.levels.currentLevel = 'mid')],
    [
      'a note',
      (s: ReturnType<typeof freshState>) =>
        void (s.notes['n-1'] = {
          id: 'n-1',
          skillId: 'apis',
          title: '',
          body: 'x',
          createdAt: '2026-01-01T00:00:00.000Z',
          updatedAt: '2026-01-01T00:00:00.000Z',
        }),
    ],
    [
      'a review answer',
      (s: ReturnType<typeof freshState>) =>
        void s.review.log.push({ cardId: 'c', grade: 1, at: '2026-01-01T00:00:00.000Z', stateBefore: 0 } as never),
    ],
    [
      'study time',
      (s: ReturnType<typeof freshState>) =>
        void s.study.sessions.push({
          id: 's-1',
          skillId: 'apis',
          start: '2026-01-01T00:00:00.000Z',
          end: '2026-01-01T00:20:00.000Z',
          minutes: 20,
        } as never),
    ],
    [
      'a piece of evidence',
      (s: ReturnType<typeof freshState>) =>
        void (s.evidence.apis = [{ id: 'e-1', url: 'https://example.com', title: 'x', kind: 'repo' } as never]),
    ],
  ])('is true once the learner sets %s', (_what, change) => {
    const state = freshState()
    change(state)
    expect(hasStarted(state)).toBe(true)
  })

  it('counts notes as the state view does, by skill', () => {
    const { notes: _notes, ...view } = freshState()
    expect(hasStarted({ ...view, noteCounts: {} })).toBe(false)
    expect(hasStarted({ ...view, noteCounts: { apis: 0 } })).toBe(false)
    expect(hasStarted({ ...view, noteCounts: { apis: 1 } })).toBe(true)
  })
})
