import type { Curriculum } from '../../../shared/model'

/**
 * The renderer's curriculum before the state arrives. Views show once it is in (App waits for it),
 * so an empty one stands in: the built-in curriculum's text (skills, frameworks, their links) never
 * weighs on first paint, and main sends the learner's own.
 */
export const NOTHING_YET: Curriculum = {
  version: 1,
  categories: [],
  skills: [],
  goals: { entry: [], mid: [], senior: [] },
  frameworks: [],
  packs: [],
}
