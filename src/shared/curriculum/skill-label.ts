import type { Curriculum } from '../schemas/curriculum'
import { isVisibleSkill, skillOf } from './access'

/** Words added to a skill's name wherever it is listed while hidden (by itself or with its category). */
export const HIDDEN_MARK = ' (hidden)'

/** A skill's name as lists show it: "(hidden)" after a hidden one, nothing for an id not in the curriculum. */
export function skillLabel(curriculum: Curriculum, id: string): string {
  const skill = skillOf(curriculum, id)
  if (!skill) return ''
  return isVisibleSkill(curriculum, id) ? skill.title : `${skill.title}${HIDDEN_MARK}`
}
