import type { StateCreator } from 'zustand'
import type { Notice, StateView } from '../../../shared/contract'
import type { Result } from '../../../shared/result'
import { call, messageOf } from './call'
import type { Store } from './store'

/** The last state main sent, plus load status and notices for the learner. */
export interface AppSlice {
  data: StateView | null
  loadError: string | null
  notices: Notice[]
  /** Asks main for the state (or takes an answer already on its way) and holds it. */
  load: (pending?: Promise<Result<{ state: StateView; notices: Notice[] }>>) => Promise<void>
  addNotice: (notice: Notice) => void
  dismissNotice: (id: string) => void
}

/**
 * The store fields for a whole new state from main (start, reload, import, restore). Note lists
 * fetched for the state it replaces are dropped, so each notes panel asks for its list again.
 */
export function wholeState(data: StateView): Pick<Store, 'data' | 'noteLists'> {
  return { data, noteLists: {} }
}

export const createAppSlice: StateCreator<Store, [], [], AppSlice> = (set) => ({
  data: null,
  loadError: null,
  notices: [],
  async load(pending) {
    try {
      const { state, notices } = await call(pending ?? window.api.app.getState())
      set({ ...wholeState(state), notices, loadError: null })
    } catch (error) {
      set({ loadError: messageOf(error) })
    }
  },
  addNotice: (notice) => set((s) => ({ notices: [...s.notices.filter((n) => n.id !== notice.id), notice] })),
  dismissNotice: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
})
