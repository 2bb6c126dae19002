import type { CurriculumEdit } from '../../shared/contract/curriculum'
import type { AppState, Curriculum, FrameworkRow } from '../../shared/model'
import { AppError } from '../../shared/result'
import { CRITERIA } from '../../shared/frameworks/prefs'
import { CURRICULUM_LIMITS as L } from '../../shared/curriculum/limits'
import type { Edited } from './apply-edit'
import type { NewId } from '../../shared/curriculum/new-id'
import { keyAfter, reinsert } from '../../shared/order/ordered'

// The framework rows of the curriculum: added, changed (any fact, any rating) and removed to the
// app's trash, as pure functions like the other edits. The learner's marks and compare
// picks are keyed by row id outside the curriculum, so a removed row's stay on record for a restore.

type FrameworkEdit = Extract<CurriculumEdit, { op: 'addFramework' | 'updateFramework' }>
type Rated = Extract<FrameworkRow, { kind: 'framework' }>
type Score = Rated['ratings'][keyof Rated['ratings']]['score']

function rowAt(c: Curriculum, id: string): { row: FrameworkRow; index: number } {
  const index = c.frameworks.findIndex((row) => row.id === id)
  const row = c.frameworks[index]
  if (!row) throw new AppError('not-found', `There is no framework with the id "${id}".`)
  return { row, index }
}

/** The row with the changes of an update applied; ratings given for a runtime are refused. */
function updated(row: FrameworkRow, edit: Extract<FrameworkEdit, { op: 'updateFramework' }>): FrameworkRow {
  const { op: _op, frameworkId: _id, ratings, ...facts } = edit
  const given = Object.fromEntries(Object.entries(facts).filter(([, value]) => value !== undefined)) as Partial<
    Omit<FrameworkRow, 'kind'>
  >
  if (row.kind === 'runtime') {
    if (ratings && Object.keys(ratings).length > 0)
      throw new AppError('conflict', `${row.name} is a runtime: runtimes are not rated.`)
    return { ...row, ...given }
  }
  const next = { ...row.ratings }
  for (const criterion of CRITERIA) {
    const rating = ratings?.[criterion]
    if (rating) next[criterion] = { score: rating.score as Score, reason: rating.reason }
  }
  return { ...row, ...given, ratings: next }
}

/** Applies an add or update of a framework row. */
export function applyFrameworkEdit(c: Curriculum, edit: FrameworkEdit, newId: NewId): Curriculum {
  switch (edit.op) {
    case 'addFramework': {
      if (c.frameworks.length >= L.frameworks)
        throw new AppError('too-large', `The table can hold up to ${L.frameworks} rows.`)
      const { op: _op, ratings, ...facts } = edit
      const scored = Object.fromEntries(
        CRITERIA.map((k) => [k, { score: ratings[k].score as Score, reason: ratings[k].reason }]),
      ) as Rated['ratings']
      return {
        ...c,
        frameworks: [
          ...c.frameworks,
          {
            ...facts,
            id: newId('fw'),
            order: keyAfter(c.frameworks),
            kind: 'framework',
            namedInSource: false,
            ratings: scored,
          },
        ],
      }
    }
    case 'updateFramework': {
      const { row, index } = rowAt(c, edit.frameworkId)
      return { ...c, frameworks: c.frameworks.map((r, i) => (i === index ? updated(row, edit) : r)) }
    }
  }
}

/** Takes a row out of the table, for the trash (its marks and compare picks stay on record for a restore). */
export function removeFramework(c: Curriculum, frameworkId: string): Edited {
  const { row, index } = rowAt(c, frameworkId)
  return {
    curriculum: { ...c, frameworks: c.frameworks.filter((r) => r.id !== row.id) },
    removed: { kind: 'framework', index, framework: row },
  }
}

/** Puts a removed row back at its own key, or with a new key at its old place where that key is taken. */
export function restoreFramework(c: Curriculum, framework: FrameworkRow, index: number): Curriculum['frameworks'] {
  if (c.frameworks.length >= L.frameworks)
    throw new AppError('too-large', `The table can hold up to ${L.frameworks} rows.`)
  if (c.frameworks.some((row) => row.id === framework.id))
    throw new AppError('conflict', `${framework.name} is already in the table.`)
  const frameworks = [...c.frameworks]
  reinsert(frameworks, { ...framework }, index)
  return frameworks
}

/** Whether `id` names a row of the table or one waiting in the trash (its marks and picks are kept for a restore). */
export function isKnownFramework(state: Pick<AppState, 'curriculum' | 'trash'>, id: string): boolean {
  return (
    state.curriculum.frameworks.some((row) => row.id === id) ||
    state.trash.some((entry) => entry.kind === 'framework' && entry.framework.id === id)
  )
}
