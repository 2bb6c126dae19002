import type { StateCreator } from 'zustand'
import type { Settings } from '../../../shared/model'
import { inBanner, mutate, patchData, type Outcome } from './call'
import type { Store } from './store'

/** Theme choice: light, dark or follow the OS. */
export type Theme = Settings['theme']

/** Preference actions; a failure says why in the banner. */
export interface SettingsSlice {
  settings: {
    setTheme: (theme: Theme) => Promise<Outcome>
  }
}

/** The settings slice: preference actions. */
export const createSettingsSlice: StateCreator<Store, [], [], SettingsSlice> = (set, get) => ({
  settings: {
    setTheme: (theme) => inBanner(get, mutate('settings.setTheme', { theme }, { apply: (settings) => patchData(set, 'settings', () => settings), failure: 'Could not save the theme' })),
  },
})
