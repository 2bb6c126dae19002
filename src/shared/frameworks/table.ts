import type { Framework } from '../curriculum/frameworks'
import { MARK_LABELS, type FrameworkMark, type SortColumn, type TableColumn } from './prefs'
import { own } from '../own'

/** Column headers of the comparison table. */
export const COLUMN_LABELS: Record<SortColumn, string> = {
  name: 'Name',
  language: 'Language',
  firstRelease: 'First release',
  license: 'License',
  style: 'Style',
  strengths: 'Strengths',
  uses: 'Typical uses',
  mark: 'Your mark',
}

/** The learner's marks, keyed by framework id. */
export type Marks = Partial<Record<string, FrameworkMark>>

/** The text a cell shows (and sorts by); the mark column shows "" for no mark. */
export function cellText(framework: Framework, column: TableColumn | 'name', marks: Marks): string {
  if (column === 'firstRelease') return String(framework.firstRelease)
  if (column === 'mark') {
    const mark = own(marks, framework.id)
    return mark ? MARK_LABELS[mark] : ''
  }
  return framework[column]
}

/**
 * Sorts rows by a column; ties (same language, same year...) fall back to the name so the
 * order is stable. Years compare as numbers; rows without a mark go last in either direction.
 */
export function sortFrameworks(
  rows: readonly Framework[],
  sort: { column: SortColumn; direction: 'asc' | 'desc' },
  marks: Marks,
): Framework[] {
  const sign = sort.direction === 'asc' ? 1 : -1
  return [...rows].sort((a, b) => {
    let order: number
    if (sort.column === 'firstRelease') order = sign * (a.firstRelease - b.firstRelease)
    else {
      const x = cellText(a, sort.column, marks)
      const y = cellText(b, sort.column, marks)
      order = x === '' || y === '' ? Number(x === '') - Number(y === '') : sign * x.localeCompare(y)
    }
    return order || a.name.localeCompare(b.name)
  })
}

/** Keeps the rows of one language; "" keeps all. */
export function filterByLanguage(rows: readonly Framework[], language: string): Framework[] {
  return language === '' ? [...rows] : rows.filter((row) => row.language === language)
}
