import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { rankFrameworks, type Rankable, type Weights } from '../../../../src/shared/frameworks/ranking'
import { CRITERIA, type Criterion } from '../../../../src/shared/frameworks/prefs'
import { RATED_FRAMEWORKS, type Rating } from '../../../../src/shared/curriculum/frameworks'

function fw(id: string, scores: Record<Criterion, number>): Rankable {
  const ratings = Object.fromEntries(
    CRITERIA.map((c) => [c, { score: scores[c] as Rating['score'], reason: 'test' }]),
  ) as Rankable['ratings']
  return { id, name: id.toUpperCase(), ratings }
}
const even = (w: number): Weights => Object.fromEntries(CRITERIA.map((c) => [c, w])) as Weights
const only = (criterion: Criterion, w = 5): Weights => ({ ...even(0), [criterion]: w })
const flat = (n: number) => Object.fromEntries(CRITERIA.map((c) => [c, n])) as Record<Criterion, number>

describe('rankFrameworks', () => {
  it('orders by the weighted mean of the ratings and explains each criterion', () => {
    const a = fw('a', { ...flat(1), performance: 5 })
    const b = fw('b', { ...flat(3), performance: 1 })
    const { entries, allZero } = rankFrameworks([b, a], { ...even(0), performance: 3, community: 1 })
    expect(allZero).toBe(false)
    expect(entries.map((e) => e.id)).toEqual(['a', 'b'])
    // a: (3*5 + 1*1) / 4 = 4; b: (3*1 + 1*3) / 4 = 1.5
    expect(entries[0]?.score).toBe(4)
    expect(entries[1]?.score).toBe(1.5)
    const perf = entries[0]?.contributions.find((c) => c.criterion === 'performance')
    expect(perf).toEqual({ criterion: 'performance', weight: 3, rating: 5, points: 3.75 })
    const sum = entries[0]?.contributions.reduce((s, c) => s + c.points, 0)
    expect(sum).toBeCloseTo(4, 10)
  })

  it('gives tied frameworks the same rank, lists them by name and skips the next rank', () => {
    const z = fw('zulu', flat(4))
    const a = fw('alpha', flat(4))
    const low = fw('low', flat(2))
    const { entries } = rankFrameworks([z, low, a], even(3))
    expect(entries.map((e) => [e.id, e.rank, e.tied])).toEqual([
      ['alpha', 1, true],
      ['zulu', 1, true],
      ['low', 3, false],
    ])
  })

  it('treats equal weighted sums as ties even where floating point would differ', () => {
    // 0.1-style fractions: (1*1 + 2*2)/3 vs (1*3 + 2*1)/3, both 5/3
    const a = fw('a', { ...flat(1), learningCurve: 1, performance: 2 })
    const b = fw('b', { ...flat(1), learningCurve: 3, performance: 1 })
    const { entries } = rankFrameworks([a, b], { ...even(0), learningCurve: 1, performance: 2 })
    expect(entries.every((e) => e.rank === 1 && e.tied)).toBe(true)
  })

  it('scores everyone equal with all weights at zero and says so', () => {
    const { entries, allZero, totalWeight } = rankFrameworks(RATED_FRAMEWORKS, even(0))
    expect(allZero).toBe(true)
    expect(totalWeight).toBe(0)
    expect(new Set(entries.map((e) => e.score))).toEqual(new Set([0]))
    expect(entries.every((e) => e.rank === 1 && e.tied)).toBe(true)
    expect(entries.map((e) => e.name)).toEqual(
      [...RATED_FRAMEWORKS.map((f) => f.name)].sort((x, y) => x.localeCompare(y)),
    )
    expect(entries.flatMap((e) => e.contributions.map((c) => c.points))).toSatisfy((points: number[]) =>
      points.every((p) => p === 0),
    )
  })

  it('ranks a single framework first and not tied', () => {
    const { entries } = rankFrameworks([fw('solo', flat(2))], even(2))
    expect(entries).toHaveLength(1)
    expect(entries[0]).toMatchObject({ id: 'solo', rank: 1, tied: false, score: 2 })
  })

  it('returns an empty list for no frameworks', () => {
    expect(rankFrameworks([], even(3)).entries).toEqual([])
  })

  it('puts the best framework on a criterion first when only that criterion counts', () => {
    const { entries } = rankFrameworks(RATED_FRAMEWORKS, only('performance'))
    const best = Math.max(...RATED_FRAMEWORKS.map((f) => f.ratings.performance.score))
    expect(entries[0]?.score).toBe(best)
  })

  it('clamps weights outside 0..5 instead of letting them skew the result', () => {
    const a = fw('a', { ...flat(1), community: 5 })
    const b = fw('b', { ...flat(5), community: 1 })
    const wild = { ...even(1), community: 99 }
    expect(rankFrameworks([a, b], wild)).toEqual(rankFrameworks([a, b], { ...even(1), community: 5 }))
  })
})

const ratingArb = fc.integer({ min: 1, max: 5 })
const frameworkArb = fc.record(
  Object.fromEntries(CRITERIA.map((c) => [c, ratingArb])) as Record<Criterion, fc.Arbitrary<number>>,
)
const weightsArb = fc.record(
  Object.fromEntries(CRITERIA.map((c) => [c, fc.integer({ min: 0, max: 5 })])) as Record<
    Criterion,
    fc.Arbitrary<number>
  >,
)

describe('rankFrameworks properties', () => {
  it('raising one weight never lowers the rank of a framework that is best on that criterion', () => {
    fc.assert(
      fc.property(
        fc.array(frameworkArb, { minLength: 1, maxLength: 12 }),
        weightsArb,
        fc.constantFrom(...CRITERIA),
        (rows, weights, criterion) => {
          fc.pre(weights[criterion] < 5)
          const list = rows.map((scores, i) => fw(`f${i}`, scores))
          const top = Math.max(...rows.map((r) => r[criterion]))
          const before = rankFrameworks(list, weights).entries
          const after = rankFrameworks(list, { ...weights, [criterion]: weights[criterion] + 1 }).entries
          for (const entry of before.filter(
            (e) => e.contributions.find((c) => c.criterion === criterion)?.rating === top,
          )) {
            const later = after.find((e) => e.id === entry.id)
            expect(later?.rank).toBeLessThanOrEqual(entry.rank)
          }
        },
      ),
    )
  })

  it('keeps every score between the lowest and highest rating of its framework', () => {
    fc.assert(
      fc.property(fc.array(frameworkArb, { minLength: 1, maxLength: 12 }), weightsArb, (rows, weights) => {
        fc.pre(CRITERIA.some((c) => weights[c] > 0))
        const entries = rankFrameworks(
          rows.map((scores, i) => fw(`f${i}`, scores)),
          weights,
        ).entries
        for (const entry of entries) {
          const ratings = entry.contributions.map((c) => c.rating)
          expect(entry.score).toBeGreaterThanOrEqual(Math.min(...ratings) - 1e-9)
          expect(entry.score).toBeLessThanOrEqual(Math.max(...ratings) + 1e-9)
        }
      }),
    )
  })

  it('lists frameworks by score, and ranks are consistent with scores', () => {
    fc.assert(
      fc.property(fc.array(frameworkArb, { minLength: 1, maxLength: 12 }), weightsArb, (rows, weights) => {
        const entries = rankFrameworks(
          rows.map((scores, i) => fw(`f${i}`, scores)),
          weights,
        ).entries
        expect(entries).toHaveLength(rows.length)
        entries.forEach((entry, i) => {
          const next = entries[i + 1]
          if (!next) return
          expect(next.score).toBeLessThanOrEqual(entry.score + 1e-9)
          expect(next.rank === entry.rank).toBe(next.tied && entry.tied && Math.abs(next.score - entry.score) < 1e-9)
        })
      }),
    )
  })
})
