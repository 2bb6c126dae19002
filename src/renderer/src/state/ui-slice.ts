import type { StateCreator } from 'zustand'
import type { Store } from './store'

/** The views of the app, in navigation order. */
export const VIEWS = ['dashboard', 'skills', 'levels', 'frameworks', 'reports', 'review', 'study'] as const
export type ViewId = (typeof VIEWS)[number]

/** Which view is shown, and the last error a user action raised. */
export interface UiSlice {
  view: ViewId
  actionError: string | null
  showView(view: ViewId): void
  setActionError(message: string | null): void
}

export const createUiSlice: StateCreator<Store, [], [], UiSlice> = (set) => ({
  view: 'dashboard',
  actionError: null,
  showView: (view) => set({ view }),
  setActionError: (actionError) => set({ actionError }),
})
