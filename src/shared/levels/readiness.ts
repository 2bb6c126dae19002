import type { LevelId } from '../curriculum/levels'
import type { Skill } from '../curriculum/skills'
import { isVisibleSkill, levelOf, skillOf } from '../curriculum/access'
import type { Curriculum } from '../schemas/curriculum'
import { groupProgress } from '../skills/progress'
import type { LevelsState } from '../schemas/levels'
import type { SkillProgress } from '../model'

/** Skill progress keyed by skill id, as stored. */
export type SkillProgressMap = Readonly<Record<string, SkillProgress | undefined>>

/** One goal of a level as the views and readiness see it: built-in or the learner's own. */
export interface GoalView {
  id: string
  title: string
  skillIds: readonly string[]
  custom: boolean
  done: boolean
}

/** How much an open goal can earn from the progress of its skills, as a share of a ticked one. */
export const OPEN_GOAL_CREDIT = 0.5

/** The goals of a level: the built-in ones first, then the learner's own in their order. */
export function levelGoals(curriculum: Curriculum, levelId: LevelId, levels: LevelsState): GoalView[] {
  const record = levels[levelId]
  const done = new Set(record.doneGoalIds)
  const builtIn = levelOf(curriculum, levelId).goals.map((g) => ({
    id: g.id,
    title: g.title,
    skillIds: g.skillIds,
    custom: false,
    done: done.has(g.id),
  }))
  const own = record.customGoals.map((g) => ({
    id: g.id,
    title: g.title,
    skillIds: g.skillIds,
    custom: true,
    done: done.has(g.id),
  }))
  return [...builtIn, ...own]
}

/** The curriculum skills behind a goal (unknown, trashed and hidden ones are ignored). */
function goalSkills(curriculum: Curriculum, goal: Pick<GoalView, 'skillIds'>): Skill[] {
  return goal.skillIds.flatMap((id) => {
    const skill = isVisibleSkill(curriculum, id) ? skillOf(curriculum, id) : undefined
    return skill ? [skill] : []
  })
}

/**
 * What one goal is worth, 0 to 1: a ticked goal counts in full; an open one earns up to
 * OPEN_GOAL_CREDIT from the mean progress of its linked skills (skipped skills left out).
 */
export function goalScore(curriculum: Curriculum, goal: GoalView, skills: SkillProgressMap): number {
  if (goal.done) return 1
  return OPEN_GOAL_CREDIT * groupProgress(goalSkills(curriculum, goal), skills).fraction
}

/** Readiness for a level, with the counts behind it, a short line for the app and a full sentence for reports. */
export interface Readiness {
  /** 0 to 1; 0 when the level has no goals. */
  fraction: number
  doneGoals: number
  totalGoals: number
  /** A few words the app shows under the bar; how the figure is worked out is one disclosure away. */
  summary: string
  /** The counts and the method in one sentence, for printed reports (where nothing opens on demand). */
  explanation: string
}

/** Readiness of a set of goals: the mean goal score, never NaN (an empty level is 0). */
export function readinessOf(curriculum: Curriculum, goals: readonly GoalView[], skills: SkillProgressMap): Readiness {
  const totalGoals = goals.length
  const doneGoals = goals.filter((goal) => goal.done).length
  const sum = goals.reduce((total, goal) => total + goalScore(curriculum, goal, skills), 0)
  const fraction = totalGoals === 0 ? 0 : Math.min(1, Math.max(0, sum / totalGoals))
  return {
    fraction,
    doneGoals,
    totalGoals,
    summary: summarize(doneGoals, totalGoals),
    explanation: explain(doneGoals, totalGoals),
  }
}

function summarize(done: number, total: number): string {
  if (total === 0) return 'No goals yet: add one to measure readiness.'
  if (done === total) return total === 1 ? 'Its one goal is ticked.' : `All ${total} goals ticked.`
  return `${done} of ${total} ${total === 1 ? 'goal' : 'goals'} ticked, plus credit for skills in progress.`
}

function explain(done: number, total: number): string {
  if (total === 0) return 'This level has no goals yet, so there is nothing to measure: add a goal to start.'
  if (done === total) return `All ${total} goals are ticked, so this level counts as fully reached.`
  const ticked = `${done} of ${total} ${total === 1 ? 'goal' : 'goals'} ticked, each counting in full`
  return `${ticked}; an open goal earns up to half its share as the skills it draws on progress, since learning is the road to a goal but not the goal itself.`
}

/** Readiness of one level from the stored slices. */
export function levelReadiness(
  curriculum: Curriculum,
  levelId: LevelId,
  levels: LevelsState,
  skills: SkillProgressMap,
): Readiness {
  return readinessOf(curriculum, levelGoals(curriculum, levelId, levels), skills)
}

/** A step that would raise readiness: tick a goal, or finish a skill. */
export interface NextStep {
  kind: 'goal' | 'skill'
  id: string
  title: string
  /** How much readiness would rise, 0 to 1. */
  gain: number
}

/**
 * The steps that would raise readiness most, best first: ticking each open goal and
 * finishing each linked skill that is neither done nor skipped are tried one by one.
 * Ties keep goals before skills and curriculum order; steps that gain nothing are left out.
 */
export function nextUp(
  curriculum: Curriculum,
  goals: readonly GoalView[],
  skills: SkillProgressMap,
  limit = 3,
): NextStep[] {
  const now = readinessOf(curriculum, goals, skills).fraction
  const steps: NextStep[] = []
  for (const goal of goals) {
    if (goal.done) continue
    const ticked = goals.map((g) => (g.id === goal.id ? { ...g, done: true } : g))
    steps.push({
      kind: 'goal',
      id: goal.id,
      title: goal.title,
      gain: readinessOf(curriculum, ticked, skills).fraction - now,
    })
  }
  const seen = new Set<string>()
  for (const skill of goals.filter((g) => !g.done).flatMap((goal) => goalSkills(curriculum, goal))) {
    const status = skills[skill.id]?.status
    if (seen.has(skill.id) || status === 'done' || status === 'skipped') continue
    seen.add(skill.id)
    const finished: SkillProgressMap = {
      ...skills,
      [skill.id]: { confidence: 0, subtopics: {}, ...skills[skill.id], status: 'done' },
    }
    steps.push({
      kind: 'skill',
      id: skill.id,
      title: skill.title,
      gain: readinessOf(curriculum, goals, finished).fraction - now,
    })
  }
  // Gains are compared at 1e-9 so float noise in the sums neither ranks nor counts.
  const key = (gain: number): number => Math.round(gain * 1e9)
  return steps
    .filter((step) => key(step.gain) > 0)
    .map((step, order) => ({ step, order }))
    .sort((a, b) => key(b.step.gain) - key(a.step.gain) || a.order - b.order)
    .slice(0, Math.max(0, limit))
    .map(({ step }) => step)
}
