import { describe, expect, it } from 'vitest'
import { buildQueue, cardCounts, dueByTomorrow, studyAheadQueue } from '../../../../src/shared/review/queue'
import { skillsNeedingRevisit } from '../../../../src/shared/review/cards-of'
import { applyEdit } from '../../../../src/main/curriculum/apply-edit'
import type { Curriculum } from '../../../../src/shared/model'
import { studyLoopState } from '../../../support/study-loop-fixture'
import { TEST_NOW } from '../../../support/test-clock'

// The fixture has two cards due: faq-learn-first and faq-collaboration (skill "communication").
const state = studyLoopState()
const lapsed = {
  ...state.review,
  cards: { ...state.review.cards, 'faq-collaboration': { ...state.review.cards['faq-collaboration']!, lapsed: true } },
}
const hide = (c: Curriculum, skillId: string, hidden = true) =>
  applyEdit(c, { op: 'hideSkill', skillId, hidden }, (p) => `${p}-1`).curriculum
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
    expect(queue.cards.filter((card) => card.skillId === 'communication').map((card) => card.id)[0]).toBe(
      'faq-collaboration',
    )
  })

  it('leaves out the cards of a skill in a hidden category and of a deleted skill', () => {
    const category = applyEdit(
      state.curriculum,
      { op: 'hideCategory', categoryId: 'soft', hidden: true },
      (p) => `${p}-1`,
    ).curriculum
    const softSkills = new Set(state.curriculum.skills.filter((s) => s.category === 'soft').map((s) => s.id))
    expect(buildQueue(state.review, category, TEST_NOW, zone).cards.some((card) => softSkills.has(card.skillId))).toBe(
      false,
    )
    const deleted = applyEdit(
      state.curriculum,
      { op: 'deleteSkill', skillId: 'communication' },
      (p) => `${p}-1`,
    ).curriculum
    expect(
      buildQueue(state.review, deleted, TEST_NOW, zone).cards.some((card) => card.skillId === 'communication'),
    ).toBe(false)
  })
})

describe('cards written today, studying ahead and what tomorrow holds', () => {
  const minutesAgo = (minutes: number): string => new Date(TEST_NOW.getTime() - minutes * 60_000).toISOString()
  // Ten new cards already answered today: the day's allowance is spent.
  const spent = Array.from({ length: 10 }, (_, i) => ({
    cardId: `new-${i}`,
    skillId: 'apis',
    grade: 3 as const,
    stateBefore: 0,
    scheduledDays: 1,
    at: minutesAgo(120),
  }))

  it("takes a card the learner wrote today into today's new cards even once the allowance is spent, and counts it", () => {
    const written = {
      id: 'c-mine',
      skillId: 'apis',
      front: 'Which status code means Created?',
      back: '201',
      createdAt: minutesAgo(5),
    }
    const yesterday = { ...written, id: 'c-older', createdAt: minutesAgo(36 * 60) }
    const review = { ...state.review, log: spent, custom: { 'c-mine': written, 'c-older': yesterday } }
    const queue = buildQueue(review, state.curriculum, TEST_NOW, zone)
    expect(queue.cards.map((card) => card.id)).toEqual(['faq-learn-first', 'faq-collaboration', 'c-mine'])
    expect(queue).toMatchObject({ due: 2, fresh: 1 })
  })

  it('does not spend the allowance on answers to cards written today', () => {
    const written = { id: 'c-mine', skillId: 'apis', front: 'q', back: 'a', createdAt: minutesAgo(5) }
    const answered = {
      cardId: 'c-mine',
      skillId: 'apis',
      grade: 3 as const,
      stateBefore: 0,
      scheduledDays: 1,
      at: minutesAgo(1),
    }
    const review = {
      ...state.review,
      cards: { ...state.review.cards, 'c-mine': state.review.cards['faq-front-vs-back']! },
      log: [answered],
      custom: { 'c-mine': written },
    }
    expect(buildQueue(review, state.curriculum, TEST_NOW, zone).fresh).toBe(10)
  })

  it('studies ahead over seen cards not yet due, soonest first, never new or due ones', () => {
    const later = {
      ...state.review.cards['faq-front-vs-back']!,
      due: new Date(TEST_NOW.getTime() + 9 * 86_400_000).toISOString(),
    }
    const review = { ...state.review, cards: { ...state.review.cards, 'faq-learn-first': later } }
    expect(studyAheadQueue(review, state.curriculum, TEST_NOW).map((card) => card.id)).toEqual([
      'faq-front-vs-back',
      'faq-learn-first',
    ])
    expect(studyAheadQueue(review, state.curriculum, TEST_NOW, 1)).toHaveLength(1)
  })

  it('counts the cards due by the end of tomorrow, in the zone given', () => {
    // Two overdue cards and one due in five days.
    expect(dueByTomorrow(state.review, state.curriculum, TEST_NOW, zone)).toBe(2)
    const soon = {
      ...state.review.cards['faq-front-vs-back']!,
      due: new Date(TEST_NOW.getTime() + 40 * 3_600_000).toISOString(),
    }
    const review = { ...state.review, cards: { ...state.review.cards, 'faq-front-vs-back': soon } }
    // TEST_NOW is Wednesday noon UTC; 40 hours on is Friday 04:00 in UTC (the day after tomorrow),
    // but still tomorrow where today is Thursday (UTC+14: Friday 18:00) or Wednesday (Los Angeles: Thursday 20:00).
    expect(dueByTomorrow(review, state.curriculum, TEST_NOW, 'UTC')).toBe(2)
    expect(dueByTomorrow(review, state.curriculum, TEST_NOW, 'Pacific/Kiritimati')).toBe(3)
    expect(dueByTomorrow(review, state.curriculum, TEST_NOW, 'America/Los_Angeles')).toBe(3)
  })
})
