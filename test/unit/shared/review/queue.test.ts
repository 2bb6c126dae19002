import { describe, expect, it } from 'vitest'
import { buildQueue, cardCounts } from '../../../../src/shared/review/queue'
import { skillsNeedingRevisit } from '../../../../src/shared/review/cards-of'
import { applyEdit } from '../../../../src/main/curriculum/apply-edit'
import type { Curriculum } from '../../../../src/shared/model'
import { studyLoopState } from '../../../support/study-loop-fixture'
import { TEST_NOW } from '../../../support/test-clock'

// The fixture has two cards due: faq-learn-first and faq-collaboration (skill "communication").
const state = studyLoopState()
const lapsed = { ...state.review, cards: { ...state.review.cards, 'faq-collaboration': { ...state.review.cards['faq-collaboration']!, lapsed: true } } }
const hide = (c: Curriculum, skillId: string, hidden = true) => applyEdit(c, { op: 'hideSkill', skillId, hidden }, (p) => `${p}-1`, TEST_NOW.toISOString())
const zone = 'UTC'

describe('the review queue and hidden skills', () => {
  it('leaves the cards of a hidden skill out of the due queue, the counts and the revisit list', () => {
    const shown = state.curriculum
    const before = buildQueue(state.review, shown, TEST_NOW, zone)
    expect(before.cards.map((card) => card.id)).toContain('faq-collaboration')
    const hidden = hide(shown, 'communication')
    const queue = buildQueue(state.review, hidden, TEST_NOW, zone)
    expect(queue.cards.some((card) => card.skillId === 'communication')).toBe(false)
    expect(queue.due).toBe(before.due - 1)
    expect(cardCounts(state.review, hidden).total).toBeLessThan(cardCounts(state.review, shown).total)
    expect(cardCounts(state.review, hidden).review).toBe(cardCounts(state.review, shown).review - 1)
    expect(skillsNeedingRevisit(lapsed, shown).has('communication')).toBe(true)
    expect(skillsNeedingRevisit(lapsed, hidden).has('communication')).toBe(false)
  })

  it('brings them back with their schedule when the skill is shown again', () => {
    const again = hide(hide(state.curriculum, 'communication'), 'communication', false)
    const queue = buildQueue(state.review, again, TEST_NOW, zone)
    expect(queue).toEqual(buildQueue(state.review, state.curriculum, TEST_NOW, zone))
    expect(queue.cards.filter((card) => card.skillId === 'communication').map((card) => card.id)[0]).toBe('faq-collaboration')
  })

  it('leaves out the cards of a skill in a hidden category and of a deleted skill', () => {
    const category = applyEdit(state.curriculum, { op: 'hideCategory', categoryId: 'soft', hidden: true }, (p) => `${p}-1`, TEST_NOW.toISOString())
    const softSkills = new Set(state.curriculum.skills.filter((s) => s.category === 'soft').map((s) => s.id))
    expect(buildQueue(state.review, category, TEST_NOW, zone).cards.some((card) => softSkills.has(card.skillId))).toBe(false)
    const deleted = applyEdit(state.curriculum, { op: 'deleteSkill', skillId: 'communication' }, (p) => `${p}-1`, TEST_NOW.toISOString())
    expect(buildQueue(state.review, deleted, TEST_NOW, zone).cards.some((card) => card.skillId === 'communication')).toBe(false)
  })
})
