import type { Curriculum } from '../../../shared/model'
import { useStore, type Store } from './store'

// The renderer's one way to read the learner's curriculum: from the held state, through the pure
// functions of shared/curriculum/access.ts. Views show once the state is in (App waits for it);
// before that an empty curriculum stands in, so the built-in one's text (skills, frameworks, their
// links) never weighs on first paint: main sends the learner's own.

const NOTHING_YET: Curriculum = { version: 1, categories: [], skills: [], goals: { entry: [], mid: [], senior: [] }, frameworks: [], trash: [], packs: [] }

/** The curriculum in a store state (for actions and commands outside React). */
export function curriculumOf(state: Pick<Store, 'data'>): Curriculum {
  return state.data?.curriculum ?? NOTHING_YET
}

/** The learner's curriculum; the component renders again when it changes. */
export function useCurriculum(): Curriculum {
  return useStore(curriculumOf)
}
