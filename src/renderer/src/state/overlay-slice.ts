import type { StateCreator } from 'zustand'
import type { Store } from './store'

/** Which app-wide dialog is open: the command palette or the shortcuts sheet. */
export type Overlay = 'palette' | 'shortcuts' | null

/** App-wide dialogs, opened from anywhere (keys, buttons, the palette itself). */
export interface OverlaySlice {
  overlay: Overlay
  setOverlay: (overlay: Overlay) => void
}

/** The overlay slice: which app-wide dialog is open. */
export const createOverlaySlice: StateCreator<Store, [], [], OverlaySlice> = (set) => ({
  overlay: null,
  setOverlay: (overlay) => set({ overlay }),
})
