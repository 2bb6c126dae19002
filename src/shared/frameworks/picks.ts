import type { Curriculum } from '../schemas/curriculum'
import { frameworkOf } from '../curriculum/access'
import { MAX_COMPARE } from './prefs'

// Compare picks are kept by row id. A row the learner removed keeps its pick on record (so a
// restore brings it back into the comparison), but only the rows in the table count and show.

/** The picks whose rows are in the table, in the order picked. */
export function livePicks(curriculum: Curriculum, compare: readonly string[]): string[] {
  return compare.filter((id) => frameworkOf(curriculum, id) !== undefined)
}

/**
 * The stored picks with `id` ticked or unticked. Picks of removed rows are kept, unless room is
 * needed for a new pick: then the oldest of them give way first.
 */
export function withPick(curriculum: Curriculum, compare: readonly string[], id: string, on: boolean): string[] {
  if (!on) return compare.filter((pick) => pick !== id)
  if (compare.includes(id)) return [...compare]
  const next = [...compare, id]
  while (next.length > MAX_COMPARE) {
    const gone = next.findIndex((pick) => frameworkOf(curriculum, pick) === undefined)
    if (gone < 0) break
    next.splice(gone, 1)
  }
  return next
}
