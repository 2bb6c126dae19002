import { describe, expect, it } from 'vitest'
import { produce } from 'immer'
import { addDays, dayOf, systemTimeZone, weekday } from '../../../../src/shared/calendar/days'
import { appStateSchema, freshState, SCHEMA_VERSION, type AppState } from '../../../../src/shared/model'
import { defaultCurriculum } from '../../../../src/shared/curriculum/default'
import { withKeys } from '../../../../src/shared/order/ordered'
import { planInputOf } from '../../../../src/shared/plan/input'
import { buildPlan } from '../../../../src/shared/plan/planner'
import { rate } from '../../../../src/shared/review/schedule'
import { curriculumCards } from '../../../../src/shared/curriculum/cards'
import { defaultEffort } from '../../../../src/shared/plan/effort'
import type { PlanView } from '../../../../src/shared/plan/schema'
import { TEST_NOW } from '../../../support/test-clock'

// The plan from a real state in the zone the suite runs in (UTC, UTC+14, and Los Angeles with DST).

const zone = (): string => systemTimeZone()
const today = (now: Date = TEST_NOW): string => dayOf(now, zone())

/** A state with hours, study days and a target date `days` after `now`'s day. */
function planned(
  days: number,
  hoursPerWeek: number | null = 6,
  now: Date = TEST_NOW,
  base: AppState = freshState(),
): AppState {
  return produce(base, (state) => {
    state.plan.hoursPerWeek = hoursPerWeek
    state.plan.studyDays = [0, 1, 2, 3, 4, 5, 6]
    state.levels.entry.targetDate = addDays(today(now), days)
  })
}

const planOf = (state: AppState, now: Date = TEST_NOW): PlanView => buildPlan(planInputOf(state, now, zone()))
const planDays = (view: PlanView) => view.weeks.flatMap((w) => w.days)

describe('a plan from the learner’s data', () => {
  it('spreads the built-in curriculum over the days before the date, each sub-topic at its default effort', () => {
    const view = planOf(planned(200, 10))
    expect(view.status).toBe('ready')
    expect(view.fit.fits).toBe(true)
    const curriculum = defaultCurriculum()
    const expected = curriculum.skills.reduce((sum, skill) => sum + skill.subtopics.length * defaultEffort(skill), 0)
    expect(view.fit.workMinutes).toBe(expected)
    expect(planDays(view).at(-1)?.day).toBe(addDays(today(), 199))
  })

  it('answers a date tomorrow with one day of plan and the figures of what does not fit', () => {
    const view = planOf(planned(1, 6))
    expect(planDays(view).map((d) => d.day)).toEqual([today()])
    expect(view.fit.fits).toBe(false)
    expect(view.fit.message).toMatch(/ left, .* free before /)
    expect(view.suggestions.laterDate! > addDays(today(), 1)).toBe(true)
  })

  it('answers a date that passed, today, and a file holding zero hours with a message, not a plan', () => {
    expect(planOf(planned(-30)).status).toBe('date-passed')
    const todayDate = planOf(planned(0))
    expect(todayDate.status).toBe('date-passed')
    expect(todayDate.message).toMatch(/is today/)
    const zero = planOf(planned(60, 0))
    expect(zero.status).toBe('no-hours')
    expect(planDays(zero)).toEqual([])
  })

  it('keeps one plan day per calendar day across daylight-saving changes', () => {
    // Both changes of the year in Los Angeles and Europe fall inside these plans.
    for (const now of [new Date('2027-03-01T20:00:00Z'), new Date('2027-10-20T20:00:00Z')]) {
      const view = planOf(planned(30, 6, now), now)
      const days = planDays(view).map((d) => d.day)
      expect(days).toEqual(Array.from({ length: 30 }, (_, i) => addDays(today(now), i)))
      expect(planDays(view).map((d) => d.weekday)).toEqual(days.map(weekday))
    }
  })

  it('plans from the earlier day when the clock is moved back, losing nothing', () => {
    const state = planned(90, 8)
    const now = planOf(state)
    const back = new Date(TEST_NOW.getTime() - 5 * 86_400_000)
    const earlier = planOf(state, back)
    expect(earlier.from).toBe(today(back))
    expect(earlier.fit.workMinutes).toBe(now.fit.workMinutes)
    const plannedMinutes = (view: PlanView) =>
      planDays(view).reduce((s, d) => s + d.items.reduce((t, i) => t + i.minutes, 0), 0)
    expect(plannedMinutes(earlier) + earlier.fit.shortMinutes).toBe(earlier.fit.workMinutes)
  })

  it('counts a card’s predicted reviews on the days the scheduler gives it, and the cards due now', () => {
    const [card] = curriculumCards(defaultCurriculum())
    if (!card) throw new Error('no built-in card')
    const answered = rate(undefined, 3, new Date(TEST_NOW.getTime() - 86_400_000))
    const state = produce(planned(120, 6), (draft) => {
      draft.review.cards[card.id] = answered
    })
    const view = planOf(state)
    expect(view.today.cardsDue).toBe(new Date(answered.due) <= TEST_NOW ? 1 : 0)
    const reviewDays = planDays(view).filter((d) => d.reviewCards > 0)
    expect(reviewDays.length).toBeGreaterThan(1)
    expect(reviewDays[0]?.reviewMinutes).toBe(1)
  })

  it('plans 3,000 open sub-topics of 300 skills: each once, or flagged', () => {
    const base = freshState().curriculum
    const big = appStateSchema.parse({
      schemaVersion: SCHEMA_VERSION,
      curriculum: {
        ...base,
        skills: withKeys(
          Array.from({ length: 300 }, (_, i) => ({
            id: `sk-${i}`,
            title: `Skill ${i}`,
            category: base.categories[0]!.id,
            subtopics: withKeys(Array.from({ length: 10 }, (_, j) => ({ id: `st-${j}`, title: `Part ${j}` }))),
          })),
        ),
      },
    })
    for (const hours of [5, 60]) {
      const view = planOf(planned(365, hours, TEST_NOW, big))
      const keys = new Set([...planDays(view).flatMap((d) => d.items), ...view.fit.unplanned].map((i) => i.key))
      expect(keys.size).toBe(3000)
      expect(view.fit.fits).toBe(hours === 60)
    }
  })

  it('previews a choice on a copy: the state it was given is unchanged', () => {
    const state = planned(10, 2)
    const before = JSON.stringify(state)
    const preview = produce(state, (draft) => void (draft.plan.hoursPerWeek = 100))
    expect(planOf(preview).fit.fits).toBe(true)
    expect(JSON.stringify(state)).toBe(before)
  })
})
