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
  setFocusGoal: (goalId: string | null) => void
  /** Levels shown open on the Levels view; null until the learner opens or closes one (then only the current level is open). Never saved. */
  openLevels: LevelId[] | null
  setLevelOpen: (level: LevelId, open: boolean) => void
  setTargetDate: (level: LevelId, date: string | null) => Promise<ActionOutcome>
  setGoalDone: (level: LevelId, goalId: string, done: boolean) => Promise<ActionOutcome>
  addGoal: (level: LevelId, title: string, skillIds: string[]) => Promise<ActionOutcome>
  updateGoal: (level: LevelId, goalId: string, title: string, skillIds: string[]) => Promise<ActionOutcome>
  moveGoal: (level: LevelId, goalId: string, to: 'up' | 'down' | number) => Promise<ActionOutcome>
  deleteGoal: (level: LevelId, goalId: string) => Promise<ActionOutcome>
  setCurrentLevel: (level: LevelId) => Promise<ActionOutcome>
}

/** Is this level's body shown on the Levels view? By default only the current level is. */
export function isLevelOpen(s: Pick<Store, 'openLevels' | 'data'>, level: LevelId): boolean {
  return s.openLevels ? s.openLevels.includes(level) : (s.data?.levels.currentLevel ?? 'entry') === level
}

// The open levels after opening or closing one; the first change starts from "the current level is open".
function withLevel(s: Store, level: LevelId, open: boolean): Pick<LevelsSlice, 'openLevels'> {
  const others = (s.openLevels ?? [s.data?.levels.currentLevel ?? 'entry']).filter((id) => id !== level)
  return { openLevels: open ? [...others, level] : others }
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
    openLevels: null,
    setLevelOpen: (level, open) => set((s) => withLevel(s, level, open)),
    setTargetDate: (level, date) => run((api) => api.setTargetDate({ level, date })),
    setGoalDone: (level, goalId, done) => run((api) => api.setGoalDone({ level, goalId, done })),
    addGoal: (level, title, skillIds) => run((api) => api.addGoal({ level, title, skillIds })),
    updateGoal: (level, goalId, title, skillIds) => run((api) => api.updateGoal({ level, goalId, title, skillIds })),
    moveGoal: (level, goalId, to) => run((api) => api.moveGoal({ level, goalId, to })),
    deleteGoal: (level, goalId) => run((api) => api.deleteGoal({ level, goalId })),
    setCurrentLevel: (level) => {
      // The level the learner now works toward opens at once; the others stay as they were.
      set((s) => withLevel(s, level, true))
      return run((api) => api.setCurrentLevel({ level }))
    },
  }
}
