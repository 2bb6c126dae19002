import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import {
  formatInterval,
  intervalMs,
  MAX_INTERVAL_DAYS,
  previewIntervals,
  rate,
} from '../../../../src/shared/review/schedule'
import { isDue } from '../../../../src/shared/review/due'
import type { CardState, Grade } from '../../../../src/shared/schemas/review'
import { cardStateSchema } from '../../../../src/shared/schemas/review'

const DAY = 86_400_000
const start = new Date('2025-03-01T09:00:00Z')

/** Non-decreasing, except that at the cap ts-fsrs keeps Easy a day or two above Good: both are "the cap". */
function expectNotShorter(later: number, earlier: number): void {
  if (earlier >= MAX_INTERVAL_DAYS * DAY) expect(later).toBeGreaterThanOrEqual(MAX_INTERVAL_DAYS * DAY)
  else expect(later).toBeGreaterThanOrEqual(earlier)
}

/** Answers a card `grades` times, each time exactly when it falls due. */
function answerAtDue(grades: readonly Grade[], from = start): CardState[] {
  const states: CardState[] = []
  let card: CardState | undefined
  let now = from
  for (const grade of grades) {
    card = rate(card, grade, now)
    states.push(card)
    now = new Date(card.due)
  }
  return states
}

describe('scheduling with FSRS', () => {
  it('stores a card as ISO dates that pass the data-file schema', () => {
    const card = rate(undefined, 3, start)
    expect(cardStateSchema.parse(card)).toEqual(card)
    expect(card.last_review).toBe(start.toISOString())
  })

  it('is deterministic: the same answers at the same times give the same schedule', () => {
    expect(answerAtDue([3, 3, 4, 2])).toEqual(answerAtDue([3, 3, 4, 2]))
  })

  it('gives non-decreasing intervals for any run of Good answers made on time', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 3, max: 14 }),
        fc.date({ min: new Date('2020-01-01'), max: new Date('2035-01-01'), noInvalidDate: true }),
        (count, from) => {
          const intervals = answerAtDue(Array<Grade>(count).fill(3), from).map(intervalMs)
          for (let i = 1; i < intervals.length; i += 1)
            expectNotShorter(intervals[i] as number, intervals[i - 1] as number)
          // Once out of the learning steps (after two answers), on-time success lengthens the interval.
          expect(intervals.at(-1)).toBeGreaterThan(intervals[1] as number)
        },
      ),
      { numRuns: 60 },
    )
  })

  it('never shortens the interval for any on-time Hard/Good/Easy history once the card is in review', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom<Grade>(2, 3, 4), { minLength: 3, maxLength: 10 }), (grades) => {
        const states = answerAtDue(grades)
        const inReview = states.filter((s) => s.state === 2)
        for (let i = 1; i < inReview.length; i += 1)
          expectNotShorter(intervalMs(inReview[i] as CardState), intervalMs(inReview[i - 1] as CardState))
      }),
      { numRuns: 60 },
    )
  })

  it('resets to a short relearning interval on Again, whatever came before', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom<Grade>(2, 3, 4), { minLength: 3, maxLength: 10 }), (grades) => {
        const states = answerAtDue(grades)
        const before = states.at(-1) as CardState
        const lapse = rate(before, 1, new Date(before.due))
        expect(intervalMs(lapse)).toBeLessThanOrEqual(DAY)
        expect(intervalMs(lapse)).toBeLessThan(Math.max(intervalMs(before), DAY + 1))
        if (before.state === 2) {
          expect(lapse.state).toBe(3) // relearning
          expect(lapse.lapses).toBe(before.lapses + 1)
        }
        expect(lapse.lapsed).toBe(true)
      }),
      { numRuns: 60 },
    )
  })

  it('keeps the lapse flag through Hard and clears it on Good or Easy', () => {
    const [, , , lapsed] = answerAtDue([3, 3, 3, 1])
    const hard = rate(lapsed, 2, new Date(lapsed!.due))
    expect(hard.lapsed).toBe(true)
    expect(rate(hard, 3, new Date(hard.due)).lapsed).toBe(false)
    expect(rate(lapsed, 4, new Date(lapsed!.due)).lapsed).toBe(false)
  })

  it('previews one interval per answer, Again shortest and Easy longest', () => {
    const [card] = answerAtDue([3, 3, 3]).slice(-1)
    const preview = previewIntervals(card, new Date(card!.due))
    expect(preview[1]).toBeLessThan(preview[2])
    expect(preview[2]).toBeLessThanOrEqual(preview[3])
    expect(preview[3]).toBeLessThan(preview[4])
  })

  it('treats a never-answered card as new, not due, and an answered one as due from its date', () => {
    expect(isDue(undefined, start)).toBe(false)
    const card = rate(undefined, 3, start)
    expect(isDue(card, new Date(new Date(card.due).getTime() - 1))).toBe(false)
    expect(isDue(card, new Date(card.due))).toBe(true)
  })

  it('formats intervals for people', () => {
    expect(formatInterval(60_000)).toBe('1 min')
    expect(formatInterval(10 * 60_000)).toBe('10 min')
    expect(formatInterval(3 * 3_600_000)).toBe('3 h')
    expect(formatInterval(DAY)).toBe('1 day')
    expect(formatInterval(12 * DAY)).toBe('12 days')
    expect(formatInterval(90 * DAY)).toBe('3 mo')
  })
})
