import { z } from 'zod'
import { channel } from './channel'
import { daySchema, idSchema } from '../schemas/common'
import { goalSkillIdsSchema, goalTitleSchema, levelIdSchema, levelsStateSchema } from '../schemas/levels'

const goalRef = { level: levelIdSchema, goalId: idSchema }

/** Where to move a goal: one step, or to a position in the learner's list. */
const moveTargetSchema = z.union([z.enum(['up', 'down']), z.number().int().min(0).max(1000)])

/** Level and goal channels: each answers the levels slice as stored. */
export const levelsChannels = {
  setTargetDate: channel(z.object({ level: levelIdSchema, date: daySchema.nullable() }), levelsStateSchema),
  setGoalDone: channel(z.object({ ...goalRef, done: z.boolean() }), levelsStateSchema),
  addGoal: channel(
    z.object({ level: levelIdSchema, title: goalTitleSchema, skillIds: goalSkillIdsSchema.default([]) }),
    levelsStateSchema,
  ),
  updateGoal: channel(
    z.object({ ...goalRef, title: goalTitleSchema, skillIds: goalSkillIdsSchema }),
    levelsStateSchema,
  ),
  moveGoal: channel(z.object({ ...goalRef, to: moveTargetSchema }), levelsStateSchema),
  deleteGoal: channel(z.object(goalRef), levelsStateSchema),
  setCurrentLevel: channel(z.object({ level: levelIdSchema }), levelsStateSchema),
}
