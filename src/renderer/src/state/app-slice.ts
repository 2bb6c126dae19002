import type { StateCreator } from 'zustand'
import type { Notice, StateView } from '../../../shared/contract'
import { call, type AnswerOf, type Outcome } from './call'
import type { Store } from './store'
import type { ViewId } from './ui-slice'
import { viewInAddress } from './ui-slice'

/** The last state main sent, plus load status and notices for the learner. */
export interface AppSlice {
  data: StateView | null
  loadError: string | null
  notices: Notice[]
  app: {
    /** Asks main for the state (or takes an answer already on its way) and holds it. */
    getState: (pending?: Promise<Outcome<AnswerOf<'app.getState'>>>) => Promise<Outcome<AnswerOf<'app.getState'>>>
    /** Reveals a file in the OS file manager. */
    showInFolder: (path: string) => Promise<Outcome>
    /** Hands a web link to the OS browser (main checks it again). */
    openExternal: (url: string) => Promise<Outcome>
    /** Tells main that every pending edit is saved, so the window may close. */
    flushed: () => Promise<Outcome>
    /** Has main write a view's render error to its log. */
    reportError: (view: ViewId, error: Error) => Promise<Outcome>
  }
  /**
   * Holds a whole new state from main (start, reload, import, restore). Note lists fetched for the
   * state it replaces are dropped, so each notes panel asks for its list again, and so is an undo offer.
   */
  takeState: (state: StateView) => void
  addNotice: (notice: Notice) => void
  dismissNotice: (id: string) => void
}

/** The app slice: the held state, load status and notices. */
export const createAppSlice: StateCreator<Store, [], [], AppSlice> = (set, get) => ({
  data: null,
  loadError: null,
  notices: [],
  app: {
    async getState(pending) {
      const outcome = await (pending ?? call('app.getState', undefined))
      if (outcome.ok) {
        // The first load opens the view the app was closed on, unless the address names one (a reload).
        const last = outcome.value.state.device.workspace.view
        if (!get().data && last && !viewInAddress()) get().showView(last)
        get().takeState(outcome.value.state)
        set({ notices: outcome.value.notices, loadError: null })
      } else set({ loadError: outcome.message })
      return outcome
    },
    showInFolder: (path) => call('app.showInFolder', { path }),
    openExternal: (url) => call('app.openExternal', { url }),
    flushed: () => call('app.flushed', undefined),
    reportError: (view, error) =>
      call('app.reportError', {
        view,
        message: error.message.slice(0, 2000),
        stack: (error.stack ?? '').slice(0, 20_000),
      }),
  },
  takeState(data) {
    set({ data })
    get().dropNoteLists()
    // A whole new state (an import, a restore, an undo) leaves nothing for an older offer to undo.
    get().dismissUndo()
  },
  addNotice: (notice) => set((s) => ({ notices: [...s.notices.filter((n) => n.id !== notice.id), notice] })),
  dismissNotice: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
})
