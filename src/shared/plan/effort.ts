import type { CurriculumSkill } from '../schemas/curriculum'
import type { PlanState } from '../schemas/plan'

/** About how long a whole skill takes, in minutes: its sub-topics share it (8 hours). */
const SKILL_MINUTES = 8 * 60

/**
 * A sub-topic's default effort: its share of a skill, 45 to 90 minutes in quarter hours, so a skill
 * with few sub-topics gets deeper ones and a long list shorter ones.
 */
export function defaultEffort(skill: Pick<CurriculumSkill, 'subtopics'>): number {
  const share = SKILL_MINUTES / Math.max(1, skill.subtopics.length)
  return Math.min(90, Math.max(45, Math.round(share / 15) * 15))
}

/** The effort the learner set for a sub-topic, or undefined for its default. */
export function ownEffort(plan: PlanState, skillId: string, subtopicId: string): number | undefined {
  return plan.efforts[skillId]?.[subtopicId]
}

/** The key of a sub-topic in a plan: "skill id/sub-topic id" (ids are unique within a skill only). */
export function subtopicKey(skillId: string, subtopicId: string): string {
  return `${skillId}/${subtopicId}`
}
