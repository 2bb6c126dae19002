import type { Curriculum } from '../../../shared/model'
import { defaultCurriculum } from '../../../shared/curriculum/default'
import { useStore, type Store } from './store'

// The renderer's one way to read the learner's curriculum: from the held state, through the pure
// functions of shared/curriculum/access.ts. Before the state arrives, the built-in one stands in.

let builtIn: Curriculum | null = null

/** The curriculum in a store state (for actions and commands outside React). */
export function curriculumOf(state: Pick<Store, 'data'>): Curriculum {
  return state.data?.curriculum ?? (builtIn ??= defaultCurriculum())
}

/** The learner's curriculum; the component renders again when it changes. */
export function useCurriculum(): Curriculum {
  return useStore(curriculumOf)
}
