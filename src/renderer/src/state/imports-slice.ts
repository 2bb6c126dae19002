import type { StateCreator } from 'zustand'
import type { FolderChoices } from '../../../shared/contract/imports'
import { call, type AnswerOf, type Outcome } from './call'
import type { Store } from './store'

/** Confirming or dropping a previewed import (a backup, a pack or outline, a Markdown folder); the backup, packs and markdown slices preview them. */
export interface ImportsSlice {
  imports: {
    /** Carries out the previewed import held under `token` (a folder import with the learner's choices) and holds the new state. */
    confirm: (token: string, folder?: FolderChoices) => Promise<Outcome<AnswerOf<'imports.confirm'>>>
    /** Drops a previewed import the learner decided against. */
    cancel: (token: string) => Promise<Outcome>
  }
}

/** The imports slice. */
export const createImportsSlice: StateCreator<Store, [], [], ImportsSlice> = (_set, get) => ({
  imports: {
    confirm: (token, folder) =>
      call('imports.confirm', folder ? { token, folder } : { token }, { apply: ({ state }) => get().takeState(state) }),
    cancel: (token) => call('imports.cancel', { token }),
  },
})
