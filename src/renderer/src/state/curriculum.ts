import type { Curriculum } from '../../../shared/model'
import { useStore, type Store } from './store'
import { NOTHING_YET } from './no-curriculum'

// The renderer's one way to read the learner's curriculum: from the held state, through the pure
// functions of shared/curriculum/access.ts (before the state arrives, an empty one).

/** The curriculum in a store state (for actions and commands outside React). */
export function curriculumOf(state: Pick<Store, 'data'>): Curriculum {
  return state.data?.curriculum ?? NOTHING_YET
}

/** The learner's curriculum; the component renders again when it changes. */
export function useCurriculum(): Curriculum {
  return useStore(curriculumOf)
}
