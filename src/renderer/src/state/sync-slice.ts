import type { StateCreator } from 'zustand'
import type { SyncStatus } from '../../../shared/contract/sync'
import { call, type AnswerOf, type Outcome } from './call'
import type { Store } from './store'

/** Sync through a folder: where it stands (null until first asked), and the actions that change it. */
export interface SyncSlice {
  syncStatus: SyncStatus | null
  /** Takes a status main sent on its own (the syncStatus event). */
  setSyncStatus: (status: SyncStatus) => void
  sync: {
    /** Asks main where sync stands. */
    status: () => Promise<Outcome<SyncStatus>>
    /** The OS folder dialog: the folder chosen and whether it already holds a library, or that it was closed. */
    chooseFolder: () => Promise<Outcome<AnswerOf<'sync.chooseFolder'>>>
    /** Starts a library in the folder, or joins the one there. */
    start: (folder: string, deviceName: string) => Promise<Outcome<SyncStatus>>
    syncNow: () => Promise<Outcome<SyncStatus>>
    setPaused: (paused: boolean) => Promise<Outcome<SyncStatus>>
    /** Stops syncing here; the data and the folder stay. */
    leave: () => Promise<Outcome<SyncStatus>>
    rename: (deviceName: string) => Promise<Outcome<SyncStatus>>
    /** Applies (true) or declines a held batch. */
    decideHeld: (apply: boolean) => Promise<Outcome<SyncStatus>>
    /** "Use this instead" on a conflict of the last merge. */
    useOther: (conflictId: string) => Promise<Outcome<SyncStatus>>
  }
}

/** The sync slice: every answer is the whole status, taken as it is. */
export const createSyncSlice: StateCreator<Store, [], [], SyncSlice> = (set) => {
  // One key for every call: an older answer never overwrites a newer one.
  const take = { key: 'sync', apply: (syncStatus: SyncStatus) => set({ syncStatus }) }
  return {
    syncStatus: null,
    setSyncStatus: (syncStatus) => set({ syncStatus }),
    sync: {
      status: () => call('sync.status', undefined, take),
      chooseFolder: () => call('sync.chooseFolder', undefined),
      start: (folder, deviceName) => call('sync.start', { folder, deviceName }, take),
      syncNow: () => call('sync.syncNow', undefined, take),
      setPaused: (paused) => call('sync.setPaused', { paused }, take),
      leave: () => call('sync.leave', undefined, take),
      rename: (deviceName) => call('sync.rename', { deviceName }, take),
      decideHeld: (apply) => call('sync.decideHeld', { apply }, take),
      useOther: (conflictId) => call('sync.useOther', { conflictId }, take),
    },
  }
}
