import type { StateCreator } from 'zustand'
import type { Curriculum } from '../../../shared/model'
import { call, patchData, type Outcome, type RequestTo } from './call'
import type { Store } from './store'

/** One curriculum edit as the editor sends it (see contract/curriculum.ts). */
export type CurriculumEditRequest = RequestTo<'curriculum.edit'>

/** Curriculum editing: each action takes the curriculum main stored, or answers why it failed. */
export interface CurriculumSlice {
  curriculum: {
    /** Adds, renames, describes, moves, hides or deletes (to the trash) a skill, sub-topic or category; links a goal; adds, changes or removes (to the trash) a framework row. */
    edit: (edit: CurriculumEditRequest) => Promise<Outcome<Curriculum>>
    /** Puts an item of the trash back. */
    restore: (trashId: string) => Promise<Outcome<Curriculum>>
  }
}

/** The curriculum slice. */
export const createCurriculumSlice: StateCreator<Store, [], [], CurriculumSlice> = (set) => {
  // Every answer is the whole curriculum; edits are sent one at a time, so each is taken as it comes.
  const apply = (curriculum: Curriculum): void => patchData(set, 'curriculum', () => curriculum)
  return {
    curriculum: {
      edit: (edit) => call('curriculum.edit', edit, { apply, failure: 'Could not change the curriculum' }),
      restore: (trashId) => call('curriculum.restore', { trashId }, { apply, failure: 'Could not restore it' }),
    },
  }
}
