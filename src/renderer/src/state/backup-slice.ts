import type { StateCreator } from 'zustand'
import { call, type AnswerOf, type Outcome } from './call'
import type { Store } from './store'

/** Full backup, and previewing a backup to import or restore (the imports slice confirms it). */
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
    /** Where the data file and the rotating backups live. */
    location: () => Promise<Outcome<AnswerOf<'backup.location'>>>
  }
}

/** The backup slice: backup, and import and restore previews. */
export const createBackupSlice: StateCreator<Store, [], [], BackupSlice> = () => ({
  backup: {
    exportJson: () => call('backup.exportJson', undefined),
    chooseImport: () => call('backup.chooseImport', undefined),
    list: () => call('backup.list', undefined, { failure: 'Could not list the backups' }),
    previewRestore: (name) => call('backup.previewRestore', { name }),
    location: () => call('backup.location', undefined, { failure: 'Could not find the data folder' }),
  },
})
