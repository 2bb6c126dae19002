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
  async function save(what: string, pending: () => Promise<FrameworksState>, previous?: FrameworksState): Promise<void> {
    try {
      take(await pending())
    } catch (error) {
      set({ actionError: `Could not save ${what}: ${messageOf(error)}` })
      // Show what is really stored again, not the optimistic value.
      if (previous) take(previous)
    }
  }
  return {
    async setFrameworkWeight(criterion, weight) {
      // Move the slider at once; the stored slice replaces this when main answers.
      const current = get().data?.frameworks
      if (current) take({ ...current, weights: { ...current.weights, [criterion]: weight } })
      await save('the weight', () => call(window.api.frameworks.setWeight({ criterion, weight })), current)
    },
    async setFrameworkMark(frameworkId, mark) {
      await save('the mark', () => call(window.api.frameworks.setMark({ frameworkId, mark })))
    },
    async setComparePicks(ids) {
      await save('the comparison', () => call(window.api.frameworks.setCompare({ ids })))
    },
    async setFrameworkTable(options) {
      await save('the table settings', () => call(window.api.frameworks.setTableOptions(options)))
    },
  }
}
