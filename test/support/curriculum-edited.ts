import { applyEdit, restoreFromTrash, type IdMaker } from '../../src/main/curriculum/apply-edit'
import type { CurriculumEdit } from '../../src/shared/contract/curriculum'
import type { Curriculum } from '../../src/shared/model'

// Edits change the curriculum they are given in place (as the store's update does); tests that
// want the before and the after side by side take an edited copy.

/** A copy of `c` with one edit applied; `c` stays as it was. */
export function edited(c: Curriculum, edit: CurriculumEdit, newId: IdMaker, now: string): Curriculum {
  const copy = structuredClone(c)
  applyEdit(copy, edit, newId, now)
  return copy
}

/** A copy of `c` with one trash entry put back; `c` stays as it was. */
export function restored(c: Curriculum, trashId: string): Curriculum {
  const copy = structuredClone(c)
  restoreFromTrash(copy, trashId)
  return copy
}
