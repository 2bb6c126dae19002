import { randomUUID } from 'node:crypto'
import type { HandlerContext } from './context'
import type { DomainHandlers } from './types'
import { AppError } from '../../shared/result'
import type { LevelId } from '../../shared/curriculum/levels'
import { isCurriculumGoal, levelOf, skillOf } from '../../shared/curriculum/access'
import type { Curriculum } from '../../shared/model'
import { putInTrash } from './trash'
import { keyAfter, moveByKey, moveTarget } from '../../shared/order/ordered'
import { MAX_CUSTOM_GOALS, type CustomGoal, type LevelsState } from '../../shared/schemas/levels'

/** The skill ids of a goal, checked against the curriculum and without repeats. */
export function checkedSkillIds(curriculum: Curriculum, skillIds: readonly string[]): string[] {
  for (const id of skillIds)
    if (!skillOf(curriculum, id)) throw new AppError('not-found', `There is no skill with the id "${id}".`)
  return [...new Set(skillIds)]
}

/** The learner's own goal with this id on this level, or a readable error. */
function requireCustomGoal(
  curriculum: Curriculum,
  levels: LevelsState,
  level: LevelId,
  goalId: string,
): { goal: CustomGoal; index: number } {
  const index = levels[level].customGoals.findIndex((goal) => goal.id === goalId)
  const goal = levels[level].customGoals[index]
  if (goal) return { goal, index }
  if (isCurriculumGoal(curriculum, level, goalId))
    throw new AppError('conflict', 'Goals that come with the app cannot be changed; add one of your own instead.')
  throw new AppError('not-found', `${levelOf(curriculum, level).title} has no goal with the id "${goalId}".`)
}

/** Level and goal handlers; every one validates first, then changes the stored slice. */
export function levelsHandlers(ctx: HandlerContext): DomainHandlers<'levels'> {
  const levels = (): LevelsState => ctx.store.state.levels
  const curriculum = (): Curriculum => ctx.store.state.curriculum
  const save = async (change: (levels: LevelsState) => void): Promise<LevelsState> => {
    await ctx.store.update((state) => change(state.levels))
    return levels()
  }
  return {
    async setTargetDate({ level, date }) {
      return save((all) => void (all[level].targetDate = date))
    },
    async setGoalDone({ level, goalId, done }) {
      if (!isCurriculumGoal(curriculum(), level, goalId)) requireCustomGoal(curriculum(), levels(), level, goalId)
      return save((all) => {
        const rest = all[level].doneGoalIds.filter((id) => id !== goalId)
        all[level].doneGoalIds = done ? [...rest, goalId] : rest
      })
    },
    async addGoal({ level, title, skillIds }) {
      const ids = checkedSkillIds(curriculum(), skillIds)
      if (levels()[level].customGoals.length >= MAX_CUSTOM_GOALS) {
        throw new AppError(
          'too-large',
          `A level can hold up to ${MAX_CUSTOM_GOALS} goals of your own; delete one before adding another.`,
        )
      }
      const createdAt = ctx.clock.now().toISOString()
      return save((all) => {
        const goal: CustomGoal = {
          id: `custom-${randomUUID()}`,
          order: keyAfter(all[level].customGoals),
          title,
          skillIds: ids,
          createdAt,
        }
        all[level].customGoals.push(goal)
      })
    },
    async updateGoal({ level, goalId, title, skillIds }) {
      const ids = checkedSkillIds(curriculum(), skillIds)
      const { index } = requireCustomGoal(curriculum(), levels(), level, goalId)
      return save((all) => {
        const goal = all[level].customGoals[index]
        if (!goal) return
        goal.title = title
        goal.skillIds = ids
      })
    },
    async moveGoal({ level, goalId, to }) {
      const { index } = requireCustomGoal(curriculum(), levels(), level, goalId)
      if (moveTarget(index, to, levels()[level].customGoals.length) === index) return levels()
      // Only the moved goal's key and place change, so a move made on another computer still holds.
      return save((all) => void moveByKey(all[level].customGoals, goalId, to))
    },
    async deleteGoal({ level, goalId }) {
      const { goal, index } = requireCustomGoal(curriculum(), levels(), level, goalId)
      const done = levels()[level].doneGoalIds.includes(goalId)
      await ctx.store.update((state) => {
        const all = state.levels
        all[level].customGoals = all[level].customGoals.filter((g) => g.id !== goalId)
        all[level].doneGoalIds = all[level].doneGoalIds.filter((id) => id !== goalId)
        putInTrash(state, { kind: 'goal', level, goal, index, done }, ctx.clock.now())
      })
      return levels()
    },
    async setCurrentLevel({ level }) {
      return save((all) => void (all.currentLevel = level))
    },
  }
}
