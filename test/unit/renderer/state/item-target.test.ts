import { describe, expect, it } from 'vitest'
import { hitTarget, itemIntent, landingOf } from '../../../../src/renderer/src/state/item-target'
import { toStateView } from '../../../../src/main/handlers/app'
import { freshState } from '../../../../src/shared/model'
import type { StateView } from '../../../../src/shared/contract'

const AT = '2026-01-01T00:00:00.000Z'

/** A state with one goal of the learner's own on Mid level and one card they wrote. */
function state(): StateView {
  const fresh = freshState()
  fresh.levels.mid.customGoals.push({
    id: 'g-own',
    order: 'a0',
    title: 'Ship a side project',
    skillIds: [],
    createdAt: AT,
  })
  fresh.review.custom['c-own'] = {
    id: 'c-own',
    skillId: 'apis',
    front: 'What is idempotence?',
    back: 'Same result twice.',
    createdAt: AT,
  }
  return toStateView(fresh)
}

describe('where an item lands', () => {
  it('a skill lands in Skills with that skill selected and its most recent note', () => {
    expect(landingOf({ kind: 'skill', id: 'databases' }, state())).toEqual({
      view: 'skills',
      intent: 'skill:databases',
      select: { skillId: 'databases', noteId: null },
    })
  })

  it('a sub-topic selects its skill and names both in its intent', () => {
    expect(landingOf({ kind: 'subtopic', id: 'normalization', skillId: 'databases' }, state())).toEqual({
      view: 'skills',
      intent: 'subtopic:databases:normalization',
      select: { skillId: 'databases', noteId: null },
    })
  })

  it('a note selects its skill and itself', () => {
    expect(landingOf({ kind: 'note', id: 'n1', skillId: 'apis' }, state())).toEqual({
      view: 'skills',
      intent: 'note:n1',
      select: { skillId: 'apis', noteId: 'n1' },
    })
  })

  it('a goal, built in or the learner’s own, opens the level that holds it', () => {
    expect(landingOf({ kind: 'goal', id: 'entry-git-basics' }, state())).toEqual({
      view: 'levels',
      intent: 'goal:entry-git-basics',
      openLevel: 'entry',
    })
    expect(landingOf({ kind: 'goal', id: 'g-own' }, state())).toEqual({
      view: 'levels',
      intent: 'goal:g-own',
      openLevel: 'mid',
    })
  })

  it('a framework lands in Frameworks, a card among Review’s own cards', () => {
    expect(landingOf({ kind: 'framework', id: 'django' }, state())).toEqual({
      view: 'frameworks',
      intent: 'framework:django',
    })
    expect(landingOf({ kind: 'card', id: 'c-own' }, state())).toEqual({ view: 'review', intent: 'card:c-own' })
  })

  it('names nothing for an item that is not there', () => {
    const data = state()
    expect(landingOf({ kind: 'skill', id: 'cobol' }, data)).toBeNull()
    expect(landingOf({ kind: 'subtopic', id: 'nope', skillId: 'databases' }, data)).toBeNull()
    expect(landingOf({ kind: 'note', id: 'n1', skillId: 'cobol' }, data)).toBeNull()
    expect(landingOf({ kind: 'goal', id: 'deleted-goal' }, data)).toBeNull()
    expect(landingOf({ kind: 'card', id: 'deleted-card' }, data)).toBeNull()
    // Before the state has loaded, goals and cards cannot be found yet.
    expect(landingOf({ kind: 'goal', id: 'entry-git-basics' }, null)).toBeNull()
  })

  it('a search hit stands for its note, its sub-topic or its skill', () => {
    const hit = { skillId: 'databases', title: 'x', snippet: '', terms: [] }
    expect(hitTarget({ ...hit, kind: 'note', noteId: 'n1' })).toEqual({ kind: 'note', id: 'n1', skillId: 'databases' })
    expect(hitTarget({ ...hit, kind: 'subtopic', subtopicId: 'normalization' })).toEqual({
      kind: 'subtopic',
      id: 'normalization',
      skillId: 'databases',
    })
    expect(hitTarget({ ...hit, kind: 'skill' })).toEqual({ kind: 'skill', id: 'databases' })
  })

  it('gives each kind of item its own intent, so one control answers', () => {
    expect(itemIntent({ kind: 'skill', id: 'apis' })).not.toBe(itemIntent({ kind: 'framework', id: 'apis' }))
    expect(itemIntent({ kind: 'subtopic', id: 'rest', skillId: 'apis' })).toBe('subtopic:apis:rest')
  })
})
