import type { CurriculumEdit } from '../../shared/contract/curriculum'
import type { Curriculum, FrameworkRow } from '../../shared/model'
import { AppError } from '../../shared/result'
import { CRITERIA } from '../../shared/frameworks/prefs'
import { CURRICULUM_LIMITS as L } from '../../shared/curriculum/limits'
import type { IdMaker } from './apply-edit'
import { keyAfter, reinsert } from '../../shared/order/ordered'

// The framework rows of the curriculum: added, changed (any fact, any rating) and removed to the
// curriculum's trash, in place like the other edits (a changed fact changes that field only). The learner's marks and compare
// picks are keyed by row id outside the curriculum, so a removed row's stay on record for a restore.

type FrameworkEdit = Extract<CurriculumEdit, { op: 'addFramework' | 'updateFramework' | 'removeFramework' }>
type Rated = Extract<FrameworkRow, { kind: 'framework' }>
type Score = Rated['ratings'][keyof Rated['ratings']]['score']

function rowAt(c: Curriculum, id: string): { row: FrameworkRow; index: number } {
  const index = c.frameworks.findIndex((row) => row.id === id)
  const row = c.frameworks[index]
  if (!row) throw new AppError('not-found', `There is no framework with the id "${id}".`)
  return { row, index }
}

/** Applies an update to the row in place, field by field; ratings given for a runtime are refused (before any change). */
function update(row: FrameworkRow, edit: Extract<FrameworkEdit, { op: 'updateFramework' }>): void {
  const { op: _op, frameworkId: _id, ratings, ...facts } = edit
  if (row.kind === 'runtime' && ratings && Object.keys(ratings).length > 0) throw new AppError('conflict', `${row.name} is a runtime: runtimes are not rated.`)
  const target = row as Record<string, unknown>
  for (const [field, value] of Object.entries(facts)) if (value !== undefined && target[field] !== value) target[field] = value
  if (row.kind === 'runtime') return
  for (const criterion of CRITERIA) {
    const rating = ratings?.[criterion]
    if (!rating) continue
    const now = row.ratings[criterion]
    if (now.score !== rating.score) now.score = rating.score as Score
    if (now.reason !== rating.reason) now.reason = rating.reason
  }
}

/** Applies an add, update or remove of a framework row, in place. */
export function applyFrameworkEdit(c: Curriculum, edit: FrameworkEdit, newId: IdMaker, now: string): void {
  switch (edit.op) {
    case 'addFramework': {
      if (c.frameworks.length >= L.frameworks) throw new AppError('too-large', `The table can hold up to ${L.frameworks} rows.`)
      const { op: _op, ratings, ...facts } = edit
      const scored = Object.fromEntries(CRITERIA.map((k) => [k, { score: ratings[k].score as Score, reason: ratings[k].reason }])) as Rated['ratings']
      c.frameworks.push({ ...facts, id: newId('fw'), order: keyAfter(c.frameworks), kind: 'framework', namedInSource: false, ratings: scored })
      return
    }
    case 'updateFramework':
      update(rowAt(c, edit.frameworkId).row, edit)
      return
    case 'removeFramework': {
      const { row, index } = rowAt(c, edit.frameworkId)
      if (c.trash.length >= L.trash) throw new AppError('too-large', 'The curriculum trash is full; restore something from it first.')
      c.frameworks.splice(index, 1)
      c.trash.push({ id: newId('tr'), kind: 'framework', deletedAt: now, index, framework: row })
      return
    }
  }
}

/** Puts a removed row back where it stood in the table (by its key), in place. */
export function restoreFramework(c: Curriculum, framework: FrameworkRow, index: number): void {
  if (c.frameworks.length >= L.frameworks) throw new AppError('too-large', `The table can hold up to ${L.frameworks} rows.`)
  if (c.frameworks.some((row) => row.id === framework.id)) throw new AppError('conflict', `${framework.name} is already in the table.`)
  reinsert(c.frameworks, framework, index)
}

/** Whether `id` names a row of the table or one waiting in the curriculum's trash (its marks and picks are kept for a restore). */
export function isKnownFramework(c: Curriculum, id: string): boolean {
  return c.frameworks.some((row) => row.id === id) || c.trash.some((entry) => entry.kind === 'framework' && entry.framework.id === id)
}
