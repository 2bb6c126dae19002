import type { StateCreator } from 'zustand'
import { call, type AnswerOf, type Outcome } from './call'
import type { Store } from './store'

/** Full backup, import and restore; once main has replaced the data, every view shows the new state. */
export interface BackupSlice {
  backup: {
    /** Saves a full backup where the learner chooses; answers the path, or that the dialog was closed. */
    exportJson: () => Promise<Outcome<AnswerOf<'backup.exportJson'>>>
    /** Asks for a backup file and answers what importing it would change, or that the dialog was closed. */
    chooseImport: () => Promise<Outcome<AnswerOf<'backup.chooseImport'>>>
    /** The rotating backups, newest first. */
    list: () => Promise<Outcome<AnswerOf<'backup.list'>>>
    /** What restoring a rotating backup would change. */
    previewRestore: (name: string) => Promise<Outcome<AnswerOf<'backup.previewRestore'>>>
    /** Confirms a previewed import or restore and holds the new state; answers the path of the backup taken first. */
    confirm: (token: string) => Promise<Outcome<AnswerOf<'backup.confirm'>>>
    /** Drops a previewed import the learner decided against. */
    cancel: (token: string) => Promise<Outcome>
    /** Where the data file and the rotating backups live. */
    location: () => Promise<Outcome<AnswerOf<'backup.location'>>>
  }
}

/** The backup slice: backup, import and restore actions. */
export const createBackupSlice: StateCreator<Store, [], [], BackupSlice> = (_set, get) => ({
  backup: {
    exportJson: () => call('backup.exportJson', undefined),
    chooseImport: () => call('backup.chooseImport', undefined),
    list: () => call('backup.list', undefined, { failure: 'Could not list the backups' }),
    previewRestore: (name) => call('backup.previewRestore', { name }),
    confirm: (token) => call('backup.confirm', { token }, { apply: ({ state }) => get().takeState(state) }),
    cancel: (token) => call('backup.cancel', { token }),
    location: () => call('backup.location', undefined, { failure: 'Could not find the data folder' }),
  },
})
