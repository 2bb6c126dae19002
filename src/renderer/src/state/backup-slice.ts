import type { StateCreator } from 'zustand'
import { call } from './call'
import { wholeState } from './app-slice'
import type { Store } from './store'

/** Import and restore: once main has replaced the data, every view shows the new state. */
export interface BackupSlice {
  /** Confirms a previewed import or restore; answers the path of the backup taken first. Throws CallError. */
  confirmImport: (token: string) => Promise<{ safetyBackup: string }>
}

export const createBackupSlice: StateCreator<Store, [], [], BackupSlice> = (set) => ({
  async confirmImport(token) {
    const { state, safetyBackup } = await call(window.api.backup.confirm({ token }))
    set(wholeState(state))
    return { safetyBackup }
  },
})
