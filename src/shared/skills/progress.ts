import type { Skill } from '../curriculum/skills'
import type { SkillProgress, SkillStatus } from '../model'

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
  return tickedSubtopics(skill, progress) / skill.subtopics.length
}

/** How many of the skill's sub-topics are ticked (ticks of ids it does not have are not counted). */
export function tickedSubtopics(skill: Skill, progress: SkillProgress | undefined): number {
  return skill.subtopics.filter((sub) => progress?.subtopics[sub.id] === true).length
}

/**
 * A checklist row's count, e.g. "2 of 6 sub-topics ticked". A done skill's bar is full whatever is
 * ticked, so its line says it counts in full; a skipped one names its status first.
 */
export function subtopicSummary(skill: Skill, progress: SkillProgress | undefined): string {
  const ticked = tickedSubtopics(skill, progress)
  const total = skill.subtopics.length
  const status = progress?.status
  if (status === 'done') {
    if (total === 0) return 'Done'
    return ticked === total
      ? `Done · all ${total} sub-topics ticked`
      : `Done, counted in full (${ticked} of ${total} sub-topics ticked)`
  }
  if (total === 0) return status === 'skipped' ? 'Skipped · no sub-topics yet' : 'No sub-topics yet'
  const count = `${ticked} of ${total} sub-topics ticked`
  return status === 'skipped' ? `Skipped · ${count}` : count
}

/** The detail pane's count, e.g. "2 of 6 ticked"; for a done skill with open ones it says why the bar is full. */
export function subtopicCount(skill: Skill, progress: SkillProgress | undefined): string {
  const ticked = tickedSubtopics(skill, progress)
  if (skill.subtopics.length === 0) return 'No sub-topics yet: add the first below.'
  const count = `${ticked} of ${skill.subtopics.length} ticked`
  if (progress?.status !== 'done' || ticked === skill.subtopics.length) return count
  return `${count}; the skill is marked Done, so it counts in full`
}

/** Progress of a group of skills: the mean completion of those not skipped, 0 when none count. */
export interface GroupProgress {
  /** 0 to 1. */
  fraction: number
  /** Skills marked done. */
  done: number
  /** Skills that count (not skipped). */
  counted: number
  total: number
}

/** Averages completion over `skills`; skipped skills are left out, an empty group is 0. */
export function groupProgress(
  skills: readonly Skill[],
  progress: Record<string, SkillProgress | undefined>,
): GroupProgress {
  let sum = 0
  let counted = 0
  let done = 0
  for (const skill of skills) {
    const completion = skillCompletion(skill, progress[skill.id])
    if (completion === null) continue
    counted += 1
    sum += completion
    if (progress[skill.id]?.status === 'done') done += 1
  }
  return { fraction: counted === 0 ? 0 : sum / counted, done, counted, total: skills.length }
}

/** A fraction as a whole percentage, for display. */
export function percent(fraction: number): number {
  return Math.round(Math.max(0, Math.min(1, fraction)) * 100)
}
