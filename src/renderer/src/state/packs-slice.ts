import type { StateCreator } from 'zustand'
import { call, type AnswerOf, type Outcome, type RequestTo } from './call'
import type { Store } from './store'

/** What an export asks for: the format, what to include (nothing chosen: all) and the pack's name. */
export type PackExportRequest = RequestTo<'packs.exportFile'>

/** Curriculum packs: previewing an import (the imports slice confirms it), the shipped packs, and export. */
export interface PacksSlice {
  packs: {
    /** Asks for a pack or outline file and answers what importing it would do, or that the dialog was closed. */
    chooseImport: () => Promise<Outcome<AnswerOf<'packs.chooseImport'>>>
    /** What adding a shipped pack (again) would do. */
    previewShipped: (packId: string) => Promise<Outcome<AnswerOf<'packs.previewShipped'>>>
    /** The packs shipped with Groundwork. */
    shipped: () => Promise<Outcome<AnswerOf<'packs.shipped'>>>
    /** Saves the curriculum or a part of it as a pack or an outline where the learner chooses. */
    exportFile: (options: PackExportRequest) => Promise<Outcome<AnswerOf<'packs.exportFile'>>>
  }
}

/** The packs slice. */
export const createPacksSlice: StateCreator<Store, [], [], PacksSlice> = () => ({
  packs: {
    chooseImport: () => call('packs.chooseImport', undefined, { failure: 'Could not read that file' }),
    previewShipped: (packId) => call('packs.previewShipped', { packId }, { failure: 'Could not read that pack' }),
    shipped: () => call('packs.shipped', undefined, { failure: 'Could not list the packs' }),
    exportFile: (options) => call('packs.exportFile', options, { failure: 'Could not export' }),
  },
})
