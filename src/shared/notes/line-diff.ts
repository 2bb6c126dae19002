import { diffLines } from 'diff'

/** One row of a line diff: a line only in the version, only in the current text, the same in both, or a run of unchanged lines left out. */
export type DiffRow = { kind: 'added' | 'removed' | 'same'; text: string } | { kind: 'skipped'; count: number }

/** Unchanged lines shown around each change; longer unchanged runs are folded into one "skipped" row. */
const CONTEXT = 2

const linesOf = (value: string): string[] => {
  const lines = value.split('\n')
  if (lines[lines.length - 1] === '') lines.pop()
  return lines
}

/**
 * The lines that differ between the current text and a version: `added` are lines the version
 * has and the current text lacks (restoring brings them back), `removed` the reverse. Unchanged
 * runs keep CONTEXT lines next to a change and fold the rest.
 */
export function lineDiff(current: string, version: string): DiffRow[] {
  const rows: DiffRow[] = []
  const parts = diffLines(current, version)
  parts.forEach((part, index) => {
    const lines = linesOf(part.value)
    if (part.added || part.removed) {
      for (const text of lines) rows.push({ kind: part.added ? 'added' : 'removed', text })
      return
    }
    const head = index === 0 ? 0 : CONTEXT
    const tail = index === parts.length - 1 ? 0 : CONTEXT
    if (lines.length <= head + tail + 1) {
      for (const text of lines) rows.push({ kind: 'same', text })
      return
    }
    for (const text of lines.slice(0, head)) rows.push({ kind: 'same', text })
    rows.push({ kind: 'skipped', count: lines.length - head - tail })
    for (const text of lines.slice(lines.length - tail)) rows.push({ kind: 'same', text })
  })
  return rows
}

/** How many lines the version has that the current text lacks, and the reverse. */
export function diffCounts(rows: readonly DiffRow[]): { added: number; removed: number } {
  let added = 0
  let removed = 0
  for (const row of rows) {
    if (row.kind === 'added') added += 1
    else if (row.kind === 'removed') removed += 1
  }
  return { added, removed }
}
