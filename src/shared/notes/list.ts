/** The fields a note list is ordered by. */
interface Listed {
  id: string
  createdAt: string
}

/**
 * Newest created first, so a list does not reorder while a note is being typed in; ties (same
 * millisecond) by id, so main and the renderer always agree on the order.
 */
export function byNewestCreated(a: Listed, b: Listed): number {
  return b.createdAt.localeCompare(a.createdAt) || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0)
}

/** How many notes each skill has (skills without notes are left out). */
export function countNotesBySkill(notes: Readonly<Record<string, { skillId: string }>>): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const note of Object.values(notes)) counts[note.skillId] = (counts[note.skillId] ?? 0) + 1
  return counts
}

/** The orders a skill's note list can be shown in. */
export type NoteOrder = 'edited' | 'created' | 'title'

interface Sortable extends Listed {
  title: string
  updatedAt: string
}

// One collator for every comparison: building one per call would cost more than the sort.
let collator: Intl.Collator | null = null
function titleCollator(): Intl.Collator {
  return (collator ??= new Intl.Collator('en', { sensitivity: 'base', numeric: true }))
}

/**
 * Notes in `order`: last edited first, newest created first, or by title A to Z (an untitled
 * note under "Untitled note"). Ties fall back to newest created, so the order is always the same.
 */
export function sortNotes<T extends Sortable>(
  notes: readonly T[],
  order: NoteOrder,
  titleOf: (note: T) => string,
): T[] {
  if (order === 'created') return [...notes].sort(byNewestCreated)
  if (order === 'edited')
    return [...notes].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || byNewestCreated(a, b))
  const titles = new Map(notes.map((note) => [note.id, titleOf(note)]))
  const compare = titleCollator().compare
  return [...notes].sort((a, b) => compare(titles.get(a.id) ?? '', titles.get(b.id) ?? '') || byNewestCreated(a, b))
}

/** The notes whose title holds every word of `query`, in any case; an empty query keeps them all. */
export function filterNotes<T>(notes: readonly T[], query: string, titleOf: (note: T) => string): readonly T[] {
  const words = query.toLocaleLowerCase('en').split(/\s+/).filter(Boolean)
  if (words.length === 0) return notes
  return notes.filter((note) => {
    const title = titleOf(note).toLocaleLowerCase('en')
    return words.every((word) => title.includes(word))
  })
}
