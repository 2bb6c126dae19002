import { CRITERIA, type Criterion } from '../../../../shared/frameworks/prefs'
import type { FrameworkRow } from '../../../../shared/model'

/** What the framework form holds while the learner types: every fact as text, a score per criterion. */
export interface FrameworkDraft {
  name: string
  language: string
  year: string
  license: string
  style: string
  strengths: string
  uses: string
  scores: Record<Criterion, number>
}

/** The reason given to a rating the learner sets. */
export const OWN_RATING = 'Your own rating.'

/** An empty draft, every score in the middle. */
export function emptyDraft(): FrameworkDraft {
  return {
    name: '',
    language: '',
    year: '',
    license: '',
    style: '',
    strengths: '',
    uses: '',
    scores: Object.fromEntries(CRITERIA.map((c) => [c, 3])) as Record<Criterion, number>,
  }
}

/** A draft holding what a row says now. */
export function draftOf(row: FrameworkRow): FrameworkDraft {
  const scores = emptyDraft().scores
  if (row.kind === 'framework') for (const c of CRITERIA) scores[c] = row.ratings[c].score
  return {
    name: row.name,
    language: row.language,
    year: String(row.firstRelease),
    license: row.license,
    style: row.style,
    strengths: row.strengths,
    uses: row.uses,
    scores,
  }
}

/** The facts of a draft as the contract takes them (the year as a number; main says what is wrong). */
export function factsOf(draft: FrameworkDraft): {
  name: string
  language: string
  firstRelease: number
  license: string
  style: string
  strengths: string
  uses: string
} {
  return {
    name: draft.name,
    language: draft.language,
    firstRelease: Number(draft.year),
    license: draft.license,
    style: draft.style,
    strengths: draft.strengths,
    uses: draft.uses,
  }
}

/** Every rating of a draft, each a rating of the learner's own. */
export function ratingsOf(draft: FrameworkDraft): Record<Criterion, { score: number; reason: string }> {
  return Object.fromEntries(CRITERIA.map((c) => [c, { score: draft.scores[c], reason: OWN_RATING }])) as Record<
    Criterion,
    { score: number; reason: string }
  >
}

/** The ratings whose score the learner changed from the row's (the others keep their reasons). */
export function changedRatings(
  row: FrameworkRow,
  draft: FrameworkDraft,
): Partial<Record<Criterion, { score: number; reason: string }>> {
  if (row.kind !== 'framework') return {}
  return Object.fromEntries(
    CRITERIA.filter((c) => row.ratings[c].score !== draft.scores[c]).map((c) => [
      c,
      { score: draft.scores[c], reason: OWN_RATING },
    ]),
  )
}
