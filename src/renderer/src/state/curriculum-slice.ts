import type { StateCreator } from 'zustand'
import type { Curriculum } from '../../../shared/model'
import { categoryTitle, frameworkOf, skillOf } from '../../../shared/curriculum/access'
import { call, patchData, type Outcome, type RequestTo } from './call'
import { curriculumOf } from './curriculum'
import { offeringUndo } from './undo-slice'
import type { Store } from './store'

/** One curriculum edit as the editor sends it (see contract/curriculum.ts). */
export type CurriculumEditRequest = RequestTo<'curriculum.edit'>

/** Curriculum editing: each action takes the curriculum main stored, or answers why it failed. */
export interface CurriculumSlice {
  curriculum: {
    /**
     * Adds, renames, describes, moves, hides or deletes a skill, sub-topic or category; links a goal;
     * adds, changes or removes a framework row. A delete goes to the one trash and offers Undo.
     */
    edit: (edit: CurriculumEditRequest) => Promise<Outcome<Curriculum>>
  }
}

/** What a delete takes away, as Undo names and finds it (null for an edit that deletes nothing). */
function removalOf(
  c: Curriculum,
  edit: CurriculumEditRequest,
): { message: string; id: string; skillId?: string } | null {
  switch (edit.op) {
    case 'deleteSkill':
      return { message: `Deleted the skill “${skillOf(c, edit.skillId)?.title ?? edit.skillId}”.`, id: edit.skillId }
    case 'deleteSubtopic': {
      const title =
        skillOf(c, edit.skillId)?.subtopics.find((sub) => sub.id === edit.subtopicId)?.title ?? edit.subtopicId
      return { message: `Deleted the sub-topic “${title}”.`, id: edit.subtopicId, skillId: edit.skillId }
    }
    case 'deleteCategory':
      return { message: `Deleted the category “${categoryTitle(c, edit.categoryId)}”.`, id: edit.categoryId }
    case 'removeFramework':
      return {
        message: `Removed ${frameworkOf(c, edit.frameworkId)?.name ?? 'the row'} from the table.`,
        id: edit.frameworkId,
      }
    default:
      return null
  }
}

/** The curriculum slice. */
export const createCurriculumSlice: StateCreator<Store, [], [], CurriculumSlice> = (set, get) => {
  // Every answer is the whole curriculum; edits are sent one at a time, so each is taken as it comes.
  const apply = (curriculum: Curriculum): void => patchData(set, 'curriculum', () => curriculum)
  return {
    curriculum: {
      edit: (edit) => {
        const removal = removalOf(curriculumOf(get()), edit)
        const pending = call('curriculum.edit', edit, { apply, failure: 'Could not change the curriculum' })
        return removal ? offeringUndo(get, removal.message, removal.id, pending, removal.skillId) : pending
      },
    },
  }
}
