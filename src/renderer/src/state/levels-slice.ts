import type { StateCreator } from 'zustand'
import type { LevelId } from '../../../shared/curriculum/levels'
import type { LevelsState } from '../../../shared/schemas/levels'
import { call, patchData, type Outcome } from './call'
import type { Store } from './store'
import { offeringUndo } from './undo-slice'

/** Actions on levels and goals; each takes the slice main stored, or answers why it failed (shown next to the control). */
export interface LevelsSlice {
  /** Levels shown open on the Levels view; null until the learner opens or closes one (then only the current level is open). Never saved. */
  openLevels: LevelId[] | null
  setLevelOpen: (level: LevelId, open: boolean) => void
  levels: {
    setTargetDate: (level: LevelId, date: string | null) => Promise<Outcome>
    setGoalDone: (level: LevelId, goalId: string, done: boolean) => Promise<Outcome>
    addGoal: (level: LevelId, title: string, skillIds: string[]) => Promise<Outcome>
    updateGoal: (level: LevelId, goalId: string, title: string, skillIds: string[]) => Promise<Outcome>
    moveGoal: (level: LevelId, goalId: string, to: 'up' | 'down' | number) => Promise<Outcome>
    deleteGoal: (level: LevelId, goalId: string) => Promise<Outcome>
    /** Also opens that level at once; the others stay as they were. */
    setCurrentLevel: (level: LevelId) => Promise<Outcome>
  }
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

/** The levels slice: open levels and levels actions. */
export const createLevelsSlice: StateCreator<Store, [], [], LevelsSlice> = (set, get) => {
  // Each answer is the whole levels slice; main answers in order, so each is taken as it comes.
  const apply = (levels: LevelsState): void => patchData(set, 'levels', () => levels)
  return {
    openLevels: null,
    setLevelOpen: (level, open) => set((s) => withLevel(s, level, open)),
    levels: {
      setTargetDate: (level, date) => call('levels.setTargetDate', { level, date }, { apply }),
      setGoalDone: (level, goalId, done) => call('levels.setGoalDone', { level, goalId, done }, { apply }),
      addGoal: (level, title, skillIds) => call('levels.addGoal', { level, title, skillIds }, { apply }),
      updateGoal: (level, goalId, title, skillIds) =>
        call('levels.updateGoal', { level, goalId, title, skillIds }, { apply }),
      moveGoal: (level, goalId, to) => call('levels.moveGoal', { level, goalId, to }, { apply }),
      deleteGoal: (level, goalId) => {
        const title = get().data?.levels[level].customGoals.find((goal) => goal.id === goalId)?.title ?? 'goal'
        return offeringUndo(
          get,
          `Deleted the goal “${title}”.`,
          goalId,
          call('levels.deleteGoal', { level, goalId }, { apply }),
        )
      },
      setCurrentLevel: (level) => {
        set((s) => withLevel(s, level, true))
        return call('levels.setCurrentLevel', { level }, { apply })
      },
    },
  }
}
