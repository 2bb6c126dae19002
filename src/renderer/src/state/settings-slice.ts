import type { StateCreator } from 'zustand'
import type { Settings } from '../../../shared/model'
import { call, messageOf } from './call'
import type { Store } from './store'

/** Theme choice: light, dark or follow the OS. */
export type Theme = Settings['theme']

/** Preference actions. */
export interface SettingsSlice {
  setTheme: (theme: Theme) => Promise<void>
}

export const createSettingsSlice: StateCreator<Store, [], [], SettingsSlice> = (set) => ({
  async setTheme(theme) {
    try {
      const settings = await call(window.api.settings.setTheme({ theme }))
      set((s) => (s.data ? { data: { ...s.data, settings } } : {}))
    } catch (error) {
      set({ actionError: `Could not save the theme: ${messageOf(error)}` })
    }
  },
})
