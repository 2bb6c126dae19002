import type { StateCreator } from 'zustand'
import type { Notice, StateView } from '../../../shared/contract'
import { call, messageOf } from './call'
import type { Store } from './store'

/** The last state main sent, plus load status and notices for the learner. */
export interface AppSlice {
  data: StateView | null
  loadError: string | null
  notices: Notice[]
  load(): Promise<void>
  addNotice(notice: Notice): void
  dismissNotice(id: string): void
}

export const createAppSlice: StateCreator<Store, [], [], AppSlice> = (set) => ({
  data: null,
  loadError: null,
  notices: [],
  async load() {
    try {
      const { state, notices } = await call(window.api.app.getState())
      set({ data: state, notices, loadError: null })
    } catch (error) {
      set({ loadError: messageOf(error) })
    }
  },
  addNotice: (notice) => set((s) => ({ notices: [...s.notices.filter((n) => n.id !== notice.id), notice] })),
  dismissNotice: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
})
