import type { Around } from './store/data-store'
import type { Change, ChangeRecord } from '../shared/changes/records'
import { own } from '../shared/own'

/** Parts of the state that stay in main: the renderer holds note metadata counts, not bodies, and never the history or trash. */
const MAIN_ONLY = new Set(['notes', 'noteHistory', 'trash'])

const countOf = (state: Around['after'], skillId: string): number => {
  let count = 0
  for (const note of Object.values(state.notes)) if (note.skillId === skillId) count += 1
  return count
}

/**
 * The part of `change` the renderer's state view holds: records of what it mirrors as they are;
 * a changed note as its id and kind only (the renderer asks for a body when it shows one), with
 * the note counts of the skills involved, as records it can apply like any other. Null when the
 * renderer holds nothing of it.
 */
export function viewChangeOf(change: Change, { before, after }: Around): Change | null {
  const records: ChangeRecord[] = []
  const skills = new Set<string>()
  for (const record of change.records) {
    const top = String(record.at[0])
    if (!MAIN_ONLY.has(top)) records.push(record)
    else if (record.kind === 'note') {
      records.push({ kind: 'note', id: record.id, op: record.op, at: record.at, fields: [] })
      // Counts move only when a note comes, goes or changes skill (not on every keystroke's save).
      const [old, now] = [own(before.notes, record.id), own(after.notes, record.id)]
      if (old?.skillId !== now?.skillId) for (const note of [old, now]) if (note) skills.add(note.skillId)
    }
  }
  for (const skillId of skills) {
    const [old, now] = [countOf(before, skillId), countOf(after, skillId)]
    if (old !== now)
      records.push({
        kind: 'note-count',
        id: skillId,
        op: 'changed',
        at: ['noteCounts', skillId],
        fields: [{ path: [], op: 'replace', old, new: now }],
      })
  }
  return records.length > 0 ? { origin: change.origin, records } : null
}
