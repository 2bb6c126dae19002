import type { Skill } from './curriculum/skills'
import type { SkillProgress, SkillStatus } from './model'

/** Display names of the statuses, in the order a control lists them. */
export const STATUS_LABELS: Record<SkillStatus, string> = {
  'not-started': 'Not started',
  learning: 'Learning',
  done: 'Done',
  skipped: 'Skipped',
}

/**
 * How far along a skill is, from 0 to 1: done counts fully, otherwise the share of ticked
 * sub-topics. A skipped skill has no progress figure (null) and is left out of averages.
 */
export function skillCompletion(skill: Skill, progress: SkillProgress | undefined): number | null {
  if (!progress) return 0
  if (progress.status === 'skipped') return null
  if (progress.status === 'done') return 1
  if (skill.subtopics.length === 0) return 0
  const ticked = skill.subtopics.filter((sub) => progress.subtopics[sub.id] === true).length
  return ticked / skill.subtopics.length
}
