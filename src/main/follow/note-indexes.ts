import type { DataStore } from '../store/data-store'
import { idsOfKind } from '../../shared/changes/records'

/** An index over the notes that follows their changes (the search index, the link index). */
export interface NoteIndex {
  notesChanged: (ids: readonly string[]) => void
}

/** Keeps `indexes` in step with every write that touches a note, whatever handler made it. */
export function followNoteIndexes(store: DataStore, ...indexes: NoteIndex[]): () => void {
  return store.subscribe(({ records }) => {
    const ids = idsOfKind(records, 'note')
    if (ids.length > 0) for (const index of indexes) index.notesChanged(ids)
  })
}
