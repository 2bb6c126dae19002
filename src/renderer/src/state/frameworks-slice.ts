import type { StateCreator } from 'zustand'
import type { FrameworksState } from '../../../shared/model'
import type { Criterion, FrameworkMark, SortColumn, TableColumn } from '../../../shared/frameworks/prefs'
import { call, inBanner, optimisticWrite, patchData, type CallOptions, type Outcome } from './call'
import type { Store } from './store'

/** Actions on the learner's framework preferences; each takes the slice main stored. */
export interface FrameworksSlice {
  /** Each change shows at once (sliders and checkboxes must not lag behind the hand); a failure goes back to what main stored and says why in the banner. */
  frameworks: {
    setWeight: (criterion: Criterion, weight: number) => Promise<Outcome>
    setMark: (frameworkId: string, mark: FrameworkMark | null) => Promise<Outcome>
    setCompare: (ids: string[]) => Promise<Outcome>
    setTableOptions: (options: {
      columns?: TableColumn[]
      sort?: { column: SortColumn; direction: 'asc' | 'desc' }
    }) => Promise<Outcome>
  }
}

/** The frameworks slice: framework preference actions. */
export const createFrameworksSlice: StateCreator<Store, [], [], FrameworksSlice> = (set, get) => {
  const take = (frameworks: FrameworksState): void => patchData(set, 'frameworks', () => frameworks)

  // Every frameworks channel answers the whole slice, so the newest answer holds every earlier change.
  type Send = (options: CallOptions<FrameworksState>) => Promise<Outcome>
  const save = (what: string, guess: (slice: FrameworksState) => FrameworksState, send: Send): Promise<Outcome> =>
    inBanner(
      get,
      send({
        key: 'frameworks',
        optimistic: optimisticWrite(
          () => get().data?.frameworks,
          (frameworks) => frameworks && take(frameworks),
          (frameworks) => frameworks && guess(frameworks),
        ),
        apply: take,
        failure: `Could not save ${what}`,
      }),
    )

  return {
    frameworks: {
      setWeight: (criterion, weight) =>
        save(
          'the weight',
          (s) => ({ ...s, weights: { ...s.weights, [criterion]: weight } }),
          (o) => call('frameworks.setWeight', { criterion, weight }, o),
        ),
      setMark: (frameworkId, mark) =>
        save(
          'the mark',
          (s) => {
            const marks = { ...s.marks }
            if (mark === null) delete marks[frameworkId]
            else marks[frameworkId] = mark
            return { ...s, marks }
          },
          (o) => call('frameworks.setMark', { frameworkId, mark }, o),
        ),
      setCompare: (ids) =>
        save(
          'the comparison',
          (s) => ({ ...s, compare: ids }),
          (o) => call('frameworks.setCompare', { ids }, o),
        ),
      setTableOptions: (options) =>
        save(
          'the table settings',
          (s) => ({ ...s, ...options }),
          (o) => call('frameworks.setTableOptions', options, o),
        ),
    },
  }
}
