import type { StateCreator } from 'zustand'
import type { FrameworksState } from '../../../shared/model'
import type { Criterion, FrameworkMark, SortColumn, TableColumn } from '../../../shared/frameworks-prefs'
import { call, messageOf } from './call'
import type { Store } from './store'

/** Actions on the learner's framework preferences; each takes the slice main stored. */
export interface FrameworksSlice {
  setFrameworkWeight: (criterion: Criterion, weight: number) => Promise<void>
  setFrameworkMark: (frameworkId: string, mark: FrameworkMark | null) => Promise<void>
  setComparePicks: (ids: string[]) => Promise<void>
  setFrameworkTable: (options: { columns?: TableColumn[]; sort?: { column: SortColumn; direction: 'asc' | 'desc' } }) => Promise<void>
}

export const createFrameworksSlice: StateCreator<Store, [], [], FrameworksSlice> = (set, get) => {
  const take = (frameworks: FrameworksState) => set((s) => (s.data ? { data: { ...s.data, frameworks } } : {}))

  // Main answers in order, so the newest answer holds every earlier change. Answers to older
  // calls are not shown while a newer call is out, or a quick second click would flicker back.
  let issued = 0
  let outstanding = 0
  let stored: FrameworksState | undefined

  /**
   * Shows the change at once (sliders and checkboxes must not lag behind the hand), then takes
   * the slice main stored; on failure goes back to what main last stored and says why.
   */
  async function save(what: string, guess: (slice: FrameworksState) => FrameworksState, pending: () => Promise<FrameworksState>): Promise<void> {
    const current = get().data?.frameworks
    if (outstanding === 0) stored = current
    if (current) take(guess(current))
    const mine = ++issued
    outstanding += 1
    try {
      stored = await pending()
      if (mine === issued) take(stored)
    } catch (error) {
      set({ actionError: `Could not save ${what}: ${messageOf(error)}` })
      if (mine === issued && stored) take(stored)
    } finally {
      outstanding -= 1
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
