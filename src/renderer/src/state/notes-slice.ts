import type { StateCreator } from 'zustand'
import type { NoteMeta } from '../../../shared/contract'
import { call, messageOf } from './call'
import type { Store } from './store'

/** Note metadata kept in step with main; bodies live in the editor's draft, not here. */
export interface NotesSlice {
  /** Takes the metadata main answered after a create or save. */
  applyNoteMeta(meta: NoteMeta): void
  /** Starts an empty note on a skill and opens it; null when that failed (the banner says why). */
  createNote(skillId: string): Promise<NoteMeta | null>
  /** Deletes a note for good; false when that failed. */
  deleteNote(id: string): Promise<boolean>
}

export const createNotesSlice: StateCreator<Store, [], [], NotesSlice> = (set, get) => ({
  applyNoteMeta: (meta) => set((s) => (s.data ? { data: { ...s.data, notes: { ...s.data.notes, [meta.id]: meta } } } : {})),
  async createNote(skillId) {
    try {
      const meta = await call(window.api.notes.create({ skillId }))
      get().applyNoteMeta(meta)
      set({ selectedSkillId: skillId, selectedNoteId: meta.id })
      return meta
    } catch (error) {
      set({ actionError: `Could not start a new note: ${messageOf(error)}` })
      return null
    }
  },
  async deleteNote(id) {
    try {
      await call(window.api.notes.delete({ id }))
      set((s) => {
        if (!s.data) return {}
        const notes = { ...s.data.notes }
        delete notes[id]
        return { data: { ...s.data, notes }, selectedNoteId: s.selectedNoteId === id ? null : s.selectedNoteId }
      })
      return true
    } catch (error) {
      set({ actionError: `Could not delete the note: ${messageOf(error)}` })
      return false
    }
  },
})
