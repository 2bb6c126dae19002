import { z } from 'zod'
import { LEVEL_IDS } from '../curriculum/levels'
import { daySchema, idSchema, orderKeySchema, timestampSchema } from './common'
import { GOAL_TITLE_EMPTY, GOAL_TITLE_MAX, GOAL_TITLE_TOO_LONG } from '../levels/goal-title'

/** Most goals of their own a learner may add to one level. */
export const MAX_CUSTOM_GOALS = 100

/** Entry, mid or senior. */
export const levelIdSchema = z.enum(LEVEL_IDS)

/** A goal title as the learner typed it: trimmed, 1 to 200 characters. */
export const goalTitleSchema = z.string().trim().min(1, GOAL_TITLE_EMPTY).max(GOAL_TITLE_MAX, GOAL_TITLE_TOO_LONG)

/** The skills a goal draws on (ids from the curriculum; main checks they exist). */
export const goalSkillIdsSchema = z.array(idSchema).max(20, 'A goal can link to at most 20 skills.')

/** A goal the learner wrote for a level. */
export const customGoalSchema = z.object({
  id: idSchema,
  order: orderKeySchema,
  title: goalTitleSchema,
  skillIds: goalSkillIdsSchema.default([]),
  createdAt: timestampSchema,
})

/** The learner's record for one level; custom goals are kept in the learner's order. */
const levelProgressSchema = z.object({
  /** A calendar day with no time, or null when none is set. */
  targetDate: daySchema.nullable().default(null),
  /** Ids of ticked goals, built-in and custom. */
  doneGoalIds: z.array(idSchema).default([]),
  customGoals: z.array(customGoalSchema).max(MAX_CUSTOM_GOALS).default([]),
})

/** Everything about levels the learner set: the level they work on and one record per level. */
export const levelsStateSchema = z.object({
  currentLevel: levelIdSchema.default('entry'),
  entry: levelProgressSchema.prefault({}),
  mid: levelProgressSchema.prefault({}),
  senior: levelProgressSchema.prefault({}),
})

/** The learner's levels slice as stored. */
export type LevelsState = z.infer<typeof levelsStateSchema>
/** The learner's record for one level. */
export type LevelProgress = z.infer<typeof levelProgressSchema>
/** A goal of the learner's own. */
export type CustomGoal = z.infer<typeof customGoalSchema>

/** A fresh levels slice (a new object each time, so states never share one). */
export function freshLevels(): LevelsState {
  return levelsStateSchema.parse({})
}
