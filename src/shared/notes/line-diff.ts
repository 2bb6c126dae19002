import { diffLines } from 'diff'

/** One row of a line diff: a line only in the newer text, only in the older one, the same in both, or a run of unchanged lines left out. */
export type DiffRow = { kind: 'added' | 'removed' | 'same'; text: string } | { kind: 'skipped'; count: number }

/** Unchanged lines shown around each change; longer unchanged runs are folded into one "skipped" row. */
const CONTEXT = 2

const linesOf = (value: string): string[] => {
  const lines = value.split('\n')
  if (lines[lines.length - 1] === '') lines.pop()
  return lines
}

/**
 * The lines that differ between an older text (a version) and a newer one (the current note):
 * `removed` are lines only the older has, `added` lines only the newer has, as a diff reads from
 * old to new. Unchanged runs keep CONTEXT lines next to a change and fold the rest.
 */
export function lineDiff(older: string, newer: string): DiffRow[] {
  const rows: DiffRow[] = []
  const parts = diffLines(older, newer)
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
