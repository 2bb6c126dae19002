import type { StateCreator } from 'zustand'
import type { Api } from '../../../shared/contract'
import type { LevelId } from '../../../shared/curriculum/levels'
import type { LevelsState } from '../../../shared/schemas/levels'
import type { Result } from '../../../shared/result'
import { call, messageOf } from './call'
import type { Store } from './store'

/** What a levels action answers: null when saved, otherwise a message to show next to the control. */
export type ActionOutcome = string | null

/** Actions on levels and goals; each takes the slice main stored, or answers why it failed. */
export interface LevelsSlice {
  /** A goal the Levels view should bring into view and focus (the Dashboard's "next up" sets it). */
  focusGoalId: string | null
  setFocusGoal(goalId: string | null): void
  setTargetDate(level: LevelId, date: string | null): Promise<ActionOutcome>
  setGoalDone(level: LevelId, goalId: string, done: boolean): Promise<ActionOutcome>
  addGoal(level: LevelId, title: string, skillIds: string[]): Promise<ActionOutcome>
  updateGoal(level: LevelId, goalId: string, title: string, skillIds: string[]): Promise<ActionOutcome>
  moveGoal(level: LevelId, goalId: string, to: 'up' | 'down' | number): Promise<ActionOutcome>
  deleteGoal(level: LevelId, goalId: string): Promise<ActionOutcome>
  setCurrentLevel(level: LevelId): Promise<ActionOutcome>
}

export const createLevelsSlice: StateCreator<Store, [], [], LevelsSlice> = (set) => {
  const run = async (request: (api: Api['levels']) => Promise<Result<LevelsState>>): Promise<ActionOutcome> => {
    try {
      const levels = await call(request(window.api.levels))
      set((s) => (s.data ? { data: { ...s.data, levels } } : {}))
      return null
    } catch (error) {
      return messageOf(error)
    }
  }
  return {
    focusGoalId: null,
    setFocusGoal: (focusGoalId) => set({ focusGoalId }),
    setTargetDate: (level, date) => run((api) => api.setTargetDate({ level, date })),
    setGoalDone: (level, goalId, done) => run((api) => api.setGoalDone({ level, goalId, done })),
    addGoal: (level, title, skillIds) => run((api) => api.addGoal({ level, title, skillIds })),
    updateGoal: (level, goalId, title, skillIds) => run((api) => api.updateGoal({ level, goalId, title, skillIds })),
    moveGoal: (level, goalId, to) => run((api) => api.moveGoal({ level, goalId, to })),
    deleteGoal: (level, goalId) => run((api) => api.deleteGoal({ level, goalId })),
    setCurrentLevel: (level) => run((api) => api.setCurrentLevel({ level })),
  }
}
