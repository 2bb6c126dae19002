import { CRITERIA, type Criterion } from './prefs'
import type { Ratings } from '../curriculum/frameworks'

/** What the ranking needs of a framework. */
export interface Rankable {
  id: string
  name: string
  ratings: Ratings
}

/** The learner's weight (0..5) per criterion. */
export type Weights = Record<Criterion, number>

/** How one criterion adds to a framework's score. */
export interface Contribution {
  criterion: Criterion
  weight: number
  rating: number
  /** Points this criterion adds to the score (the contributions add up to the score). */
  points: number
}

/** One line of the ranked list. */
export interface RankedFramework {
  id: string
  name: string
  /** Weighted mean of the ratings, 1..5; every framework scores 0 when all weights are zero. */
  score: number
  /** Competition ranking: tied frameworks share a rank and the next rank is skipped (1, 1, 3). */
  rank: number
  /** True when another framework has exactly the same score. */
  tied: boolean
  contributions: Contribution[]
}

/** The ranked list plus whether it means anything yet. */
export interface Ranking {
  entries: RankedFramework[]
  /** Every weight is zero: all frameworks score the same and the UI should ask for a weight. */
  allZero: boolean
  totalWeight: number
}

/** Clamps a weight to a whole number in 0..5 so a stray value cannot skew the maths. */
function cleanWeight(weight: number): number {
  return Number.isFinite(weight) ? Math.min(5, Math.max(0, Math.round(weight))) : 0
}

/**
 * Ranks frameworks by the weighted mean of their ratings. Scores are compared on the integer
 * weighted sums (they share one denominator), so ties are exact, never a floating-point accident.
 * Ties are listed by name and share a rank.
 */
export function rankFrameworks(frameworks: readonly Rankable[], weights: Weights): Ranking {
  const clean = Object.fromEntries(CRITERIA.map((c) => [c, cleanWeight(weights[c])])) as Weights
  const totalWeight = CRITERIA.reduce((sum, c) => sum + clean[c], 0)
  const rows = frameworks.map((framework) => {
    const sum = CRITERIA.reduce((acc, c) => acc + clean[c] * framework.ratings[c].score, 0)
    const contributions = CRITERIA.map((criterion) => {
      const rating = framework.ratings[criterion].score
      const weight = clean[criterion]
      return { criterion, weight, rating, points: totalWeight === 0 ? 0 : (weight * rating) / totalWeight }
    })
    return { id: framework.id, name: framework.name, sum, contributions }
  })
  rows.sort((a, b) => b.sum - a.sum || a.name.localeCompare(b.name) || a.id.localeCompare(b.id))
  const entries = rows.map((row, index): RankedFramework => {
    const firstEqual = rows.findIndex((other) => other.sum === row.sum)
    const tied = rows.some((other, i) => i !== index && other.sum === row.sum)
    return {
      id: row.id,
      name: row.name,
      score: totalWeight === 0 ? 0 : row.sum / totalWeight,
      rank: firstEqual + 1,
      tied,
      contributions: row.contributions,
    }
  })
  return { entries, allZero: totalWeight === 0, totalWeight }
}

/** A score for display, with two decimals. */
export function formatScore(score: number): string {
  return score.toFixed(2)
}
