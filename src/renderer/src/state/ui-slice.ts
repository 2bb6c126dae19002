import type { StateCreator } from 'zustand'
import type { Store } from './store'

/** The views of the app, in navigation order. */
export const VIEWS = ['dashboard', 'skills', 'levels', 'frameworks', 'reports', 'review', 'study'] as const
export type ViewId = (typeof VIEWS)[number]

/** Which view is shown, and the last error a user action raised. */
export interface UiSlice {
  view: ViewId
  actionError: string | null
  showView: (view: ViewId) => void
  setActionError: (message: string | null) => void
}

/** The view named by the address's #fragment (e.g. #skills), or the Dashboard. */
export function initialView(hash = globalThis.location?.hash ?? ''): ViewId {
  const named = hash.replace(/^#/, '')
  return (VIEWS as readonly string[]).includes(named) ? (named as ViewId) : 'dashboard'
}

export const createUiSlice: StateCreator<Store, [], [], UiSlice> = (set) => ({
  view: initialView(),
  actionError: null,
  showView: (view) => {
    // The address follows the view, so a reload comes back to it.
    globalThis.history?.replaceState(null, '', `#${view}`)
    set({ view })
  },
  setActionError: (actionError) => set({ actionError }),
})
