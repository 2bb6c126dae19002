import type { SkillStatus } from '../model'
import { STATUS_LABELS } from './progress'

/**
 * What a checklist group says when it has no row to show, in words that fit why: a category not
 * yet filled, one whose skills are all hidden, or a status filter that none of its skills matches.
 * `shown` counts the group's visible skills before the status filter; `hidden`, the ones hidden.
 */
export function emptyGroupMessage(
  category: string,
  filter: SkillStatus | 'all',
  shown: number,
  hidden: number,
): string {
  if (shown === 0 && hidden > 0) {
    return hidden === 1
      ? 'Its one skill is hidden. Show it again with Edit curriculum.'
      : `All ${hidden} of its skills are hidden. Show them again with Edit curriculum.`
  }
  if (shown === 0) return `No skills in ${category} yet. Add one with Edit curriculum.`
  // Only a status filter can leave a group with visible skills empty.
  const status = filter === 'all' ? 'shown' : STATUS_LABELS[filter].toLowerCase()
  return `No skill in ${category} is ${status}. Pick “All statuses” to see every skill.`
}
