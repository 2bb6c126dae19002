import type { NoteMeta, StateView } from '../../../shared/contract'
import { byNewestCreated } from '../../../shared/notes/list'

/**
 * A skill's note list as far as main has sent it. While loading, notes created, saved or deleted
 * meanwhile are kept in `changes` (null: deleted) and laid over the answer when it arrives.
 */
export type NoteList =
  | { status: 'loading'; token: number; changes: Record<string, NoteMeta | null> }
  | { status: 'ready'; notes: NoteMeta[] }
  | { status: 'error'; error: string }

/** `notes` with `meta` in its place, newest created first; an older copy than the one listed is ignored. */
function withMeta(notes: NoteMeta[], meta: NoteMeta): NoteMeta[] {
  const listed = notes.find((note) => note.id === meta.id)
  if (listed && listed.updatedAt > meta.updatedAt) return notes
  return [...notes.filter((note) => note.id !== meta.id), meta].sort(byNewestCreated)
}

function withChange(notes: NoteMeta[], id: string, meta: NoteMeta | null): NoteMeta[] {
  return meta ? withMeta(notes, meta) : notes.filter((note) => note.id !== id)
}

/** The list main answered, with what changed while it was on its way. */
export function noteListLoaded(notes: NoteMeta[], changes: Record<string, NoteMeta | null>): NoteList {
  return {
    status: 'ready',
    notes: Object.entries(changes).reduce((list, [id, meta]) => withChange(list, id, meta), notes),
  }
}

/** The lists after note `id` of `skillId` was saved (`meta`) or deleted (null); a list not loaded is left to its next load. */
export function changedList(
  lists: Record<string, NoteList>,
  skillId: string,
  id: string,
  meta: NoteMeta | null,
): Record<string, NoteList> {
  const list = lists[skillId]
  if (!list || list.status === 'error') return lists
  const next: NoteList =
    list.status === 'loading'
      ? { ...list, changes: { ...list.changes, [id]: meta } }
      : { status: 'ready', notes: withChange(list.notes, id, meta) }
  return { ...lists, [skillId]: next }
}

/** The note counts with one note more (1) or fewer (-1) counted on `skillId`. */
export function countedNotes(counts: StateView['noteCounts'], skillId: string, delta: 1 | -1): StateView['noteCounts'] {
  return { ...counts, [skillId]: Math.max(0, (counts[skillId] ?? 0) + delta) }
}

/** A listed note's metadata, when its skill's list is loaded. */
export function listedNote(lists: Record<string, NoteList>, skillId: string, id: string): NoteMeta | null {
  const list = lists[skillId]
  return list?.status === 'ready' ? (list.notes.find((note) => note.id === id) ?? null) : null
}
