import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { addDays, dayOf, systemTimeZone, type DayKey } from '../../../../src/shared/calendar/days'
import { buildPlan, type PlanInput, type WorkItem } from '../../../../src/shared/plan/planner'
import { MIN_PIECE_MINUTES } from '../../../../src/shared/plan/fill'
import { reviewMinutesOf } from '../../../../src/shared/plan/review-load'
import type { PlanView } from '../../../../src/shared/plan/schema'

// The planner's promises, checked on many random learners in the zone the suite runs in
// (vitest runs this file again in UTC+14 and in a zone with DST).

const RUNS = Number(process.env.PLAN_PROPERTY_RUNS ?? 100)
const FIRST = Date.parse('2026-01-01T00:00:00Z')
const LAST = Date.parse('2028-12-31T00:00:00Z')

const workArb = fc.array(
  fc.record({ effort: fc.integer({ min: 5, max: 600 }), later: fc.integer({ min: 0, max: 6 }).map((n) => n === 0) }),
  { maxLength: 120 },
)

const inputArb = fc
  .record({
    now: fc.integer({ min: FIRST, max: LAST }),
    target: fc.option(fc.integer({ min: -10, max: 400 }), { nil: null, freq: 8 }),
    start: fc.option(fc.integer({ min: -5, max: 30 }), { nil: null, freq: 3 }),
    hours: fc.option(fc.double({ min: 0.25, max: 60, noNaN: true }), { nil: null, freq: 10 }),
    studyDays: fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 7 }),
    work: workArb,
    reviews: fc.array(fc.tuple(fc.integer({ min: -3, max: 400 }), fc.integer({ min: 1, max: 80 })), { maxLength: 60 }),
    studied: fc.integer({ min: 0, max: 300 }),
  })
  .map(({ now, target, start, hours, studyDays, work, reviews, studied }): PlanInput => {
    const today = dayOf(now, systemTimeZone())
    const reviewCards = new Map<DayKey, number>()
    for (const [offset, cards] of reviews) {
      const day = addDays(today, Math.max(0, offset))
      reviewCards.set(day, (reviewCards.get(day) ?? 0) + cards)
    }
    return {
      today,
      level: 'entry',
      levelTitle: 'Entry level',
      targetDate: target === null ? null : addDays(today, target),
      options: {
        hoursPerWeek: hours,
        studyDays,
        efforts: {},
        later: {},
        startDay: start === null ? null : addDays(today, start),
      },
      work: work.map((w, i): WorkItem => ({
        key: `skill-${Math.floor(i / 7)}/sub-${i}`,
        skillId: `skill-${Math.floor(i / 7)}`,
        subtopicId: `sub-${i}`,
        skillTitle: `Skill ${Math.floor(i / 7)}`,
        subtopicTitle: `Sub-topic ${i}`,
        effort: w.effort,
        defaultEffort: 60,
        later: w.later,
      })),
      reviewCards,
      cardsDue: 0,
      studiedToday: studied,
      preview: null,
    }
  })

const daysOf = (view: PlanView) => view.weeks.flatMap((week) => week.days)
const work = (day: ReturnType<typeof daysOf>[number]): number => day.items.reduce((sum, item) => sum + item.minutes, 0)

// Many random plans per test on a busy 2-core machine: a generous timeout.
describe('the planner', { timeout: 60_000 }, () => {
  it('plans nothing on or after the date, before the start or on a day off', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const view = buildPlan(input)
        for (const day of daysOf(view)) {
          if (day.items.length === 0) continue
          expect(input.targetDate).not.toBeNull()
          expect(day.day < input.targetDate!).toBe(true)
          expect(day.day >= view.from).toBe(true)
          expect(day.day >= input.today).toBe(true)
          expect(input.options.studyDays).toContain(day.weekday)
        }
      }),
      { numRuns: RUNS },
    )
  })

  it('fills no day beyond its hours, its reviews and, today, what was studied already', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        for (const day of daysOf(buildPlan(input))) {
          const studied = day.day === input.today ? input.studiedToday : 0
          expect(work(day)).toBeLessThanOrEqual(Math.max(0, day.capacityMinutes - day.reviewMinutes - studied))
          expect(day.reviewMinutes).toBe(reviewMinutesOf(day.reviewCards))
        }
      }),
      { numRuns: RUNS },
    )
  })

  it('plans every open sub-topic whole, in parts on later and later days, or flags what is left of it', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const view = buildPlan(input)
        const planned = new Map<string, number>()
        const lastDay = new Map<string, string>()
        for (const day of daysOf(view))
          for (const item of day.items) {
            planned.set(item.key, (planned.get(item.key) ?? 0) + item.minutes)
            expect(item.minutes).toBeGreaterThan(0)
            expect(day.day > (lastDay.get(item.key) ?? '')).toBe(true)
            lastDay.set(item.key, day.day)
          }
        for (const item of view.fit.unplanned) planned.set(item.key, (planned.get(item.key) ?? 0) + item.minutes)
        const open = input.work.filter((w) => !w.later)
        expect(new Map(open.map((w) => [w.key, w.effort]))).toEqual(planned)
        expect(view.later.map((i) => i.key)).toEqual(input.work.filter((w) => w.later).map((w) => w.key))
        const canFit = view.status === 'ready' || view.status === 'nothing-left'
        expect(view.fit.fits).toBe(canFit && view.fit.unplanned.length === 0)
        if (!view.fit.fits && view.status === 'ready') expect(view.fit.message).toMatch(/ left, .* free before /)
        // What is left over time only goes down, and ends at what found no day.
        const left = view.leftOverTime.map((point) => point.minutes)
        expect(left).toEqual([...left].sort((a, b) => b - a))
        if (left.length > 0) expect(left.at(-1)).toBe(view.fit.shortMinutes)
      }),
      { numRuns: RUNS },
    )
  })

  it('gives the same plan for the same input', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const again = { ...structuredClone({ ...input, reviewCards: [...input.reviewCards] }) }
        expect(buildPlan({ ...again, reviewCards: new Map(again.reviewCards) })).toEqual(buildPlan(input))
      }),
      { numRuns: Math.ceil(RUNS / 3) },
    )
  })

  it('carries work not done forward: days later, with nothing done, every open sub-topic is still planned or flagged', () => {
    fc.assert(
      fc.property(inputArb, fc.integer({ min: 1, max: 60 }), (input, skipped) => {
        const later = buildPlan({ ...input, today: addDays(input.today, skipped), studiedToday: 0 })
        const total = daysOf(later).reduce((sum, day) => sum + work(day), 0)
        const left = later.fit.unplanned.reduce((sum, item) => sum + item.minutes, 0)
        expect(total + left).toBe(input.work.filter((w) => !w.later).reduce((sum, w) => sum + w.effort, 0))
      }),
      { numRuns: RUNS },
    )
  })

  it('is never heavier at the end: a later study day with as much room holds no more than an earlier one', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const view = buildPlan(input)
        if (!view.fit.fits) return
        // The least work of an earlier study day with the same room, per room.
        const least = new Map<number, number>()
        for (const day of daysOf(view)) {
          if (!day.studyDay || day.day === input.today) continue
          const room = day.capacityMinutes - day.reviewMinutes
          const earlier = least.get(room)
          if (earlier !== undefined && work(day) > earlier + 2 * MIN_PIECE_MINUTES)
            expect.fail(`${day.day} holds ${work(day)} min, an earlier day with as much room ${earlier}`)
          least.set(room, Math.min(earlier ?? Infinity, work(day)))
        }
      }),
      { numRuns: Math.ceil(RUNS / 3) },
    )
  })

  it('pulls work forward when sub-topics are finished early: no remaining sub-topic starts later', () => {
    fc.assert(
      fc.property(inputArb, fc.integer({ min: 1, max: 10 }), (input, done) => {
        const firstDays = (view: PlanView): Map<string, string> => {
          const first = new Map<string, string>()
          for (const day of daysOf(view))
            for (const item of day.items) if (!first.has(item.key)) first.set(item.key, day.day)
          return first
        }
        const before = firstDays(buildPlan(input))
        const after = firstDays(buildPlan({ ...input, work: input.work.slice(done) }))
        for (const [key, day] of after) if (before.has(key)) expect(day <= before.get(key)!).toBe(true)
      }),
      { numRuns: RUNS },
    )
  })
})
