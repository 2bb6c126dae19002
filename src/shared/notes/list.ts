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
