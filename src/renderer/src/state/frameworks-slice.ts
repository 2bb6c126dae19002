import type { StateCreator } from 'zustand'
import type { FrameworksState } from '../../../shared/model'
import type { Criterion, FrameworkMark, SortColumn, TableColumn } from '../../../shared/frameworks-prefs'
import { call, messageOf } from './call'
import type { Store } from './store'

/** Actions on the learner's framework preferences; each takes the slice main stored. */
export interface FrameworksSlice {
  setFrameworkWeight(criterion: Criterion, weight: number): Promise<void>
  setFrameworkMark(frameworkId: string, mark: FrameworkMark | null): Promise<void>
  setComparePicks(ids: string[]): Promise<void>
  setFrameworkTable(options: { columns?: TableColumn[]; sort?: { column: SortColumn; direction: 'asc' | 'desc' } }): Promise<void>
}

export const createFrameworksSlice: StateCreator<Store, [], [], FrameworksSlice> = (set, get) => {
  const take = (frameworks: FrameworksState) => set((s) => (s.data ? { data: { ...s.data, frameworks } } : {}))

  /**
   * Shows the change at once (sliders and checkboxes must not lag behind the hand), then takes
   * the slice main stored; on failure puts the previous slice back and says why.
   */
  async function save(what: string, guess: (slice: FrameworksState) => FrameworksState, pending: () => Promise<FrameworksState>): Promise<void> {
    const previous = get().data?.frameworks
    if (previous) take(guess(previous))
    try {
      take(await pending())
    } catch (error) {
      set({ actionError: `Could not save ${what}: ${messageOf(error)}` })
      if (previous) take(previous)
    }
  }

  return {
    async setFrameworkWeight(criterion, weight) {
      await save(
        'the weight',
        (s) => ({ ...s, weights: { ...s.weights, [criterion]: weight } }),
        () => call(window.api.frameworks.setWeight({ criterion, weight })),
      )
    },
    async setFrameworkMark(frameworkId, mark) {
      await save(
        'the mark',
        (s) => {
          const marks = { ...s.marks }
          if (mark === null) delete marks[frameworkId]
          else marks[frameworkId] = mark
          return { ...s, marks }
        },
        () => call(window.api.frameworks.setMark({ frameworkId, mark })),
      )
    },
    async setComparePicks(ids) {
      await save('the comparison', (s) => ({ ...s, compare: ids }), () => call(window.api.frameworks.setCompare({ ids })))
    },
    async setFrameworkTable(options) {
      await save('the table settings', (s) => ({ ...s, ...options }), () => call(window.api.frameworks.setTableOptions(options)))
    },
  }
}
