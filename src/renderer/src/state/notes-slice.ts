import type { StateCreator } from 'zustand'
import type { NoteMeta } from '../../../shared/contract'
import { call, messageOf } from './call'
import { changedList, countedNotes, noteListLoaded, type NoteList } from './note-lists'
import type { Store } from './store'

export type { NoteList } from './note-lists'

/** Note metadata kept in step with main, listed per skill on demand; bodies live in the editor's draft. */
export interface NotesSlice {
  /** Each skill's note list as far as fetched (absent until a notes panel asks for it). */
  noteLists: Record<string, NoteList>
  /** Fetches a skill's note list unless it is loaded or on its way; after a failure it tries again. */
  loadNotes: (skillId: string) => Promise<void>
  /** Takes a note main just created: counted on its skill and listed there. */
  noteCreated: (meta: NoteMeta) => void
  /** Takes the metadata main answered after a save: replaces (or adds) it in its skill's list. */
  applyNoteMeta: (meta: NoteMeta) => void
  /** Starts an empty note on a skill and opens it; null when that failed (the banner says why). */
  createNote: (skillId: string) => Promise<NoteMeta | null>
  /** Deletes a note of a skill for good; false when that failed. */
  deleteNote: (id: string, skillId: string) => Promise<boolean>
}

// Tells a list request apart from a later one for the same skill (asked again after the lists were dropped).
let requests = 0

export const createNotesSlice: StateCreator<Store, [], [], NotesSlice> = (set, get) => ({
  noteLists: {},
  async loadNotes(skillId) {
    const current = get().noteLists[skillId]
    if (current && current.status !== 'error') return
    const token = ++requests
    set((s) => ({ noteLists: { ...s.noteLists, [skillId]: { status: 'loading', token, changes: {} } } }))
    let answer: { notes: NoteMeta[] } | { error: string }
    try {
      answer = await call(window.api.notes.list({ skillId }))
    } catch (error) {
      answer = { error: messageOf(error) }
    }
    set((s) => {
      const list = s.noteLists[skillId]
      // The lists were dropped (the whole state was replaced) or asked for again: this answer is stale.
      if (list?.status !== 'loading' || list.token !== token) return {}
      const next: NoteList = 'error' in answer ? { status: 'error', error: answer.error } : noteListLoaded(answer.notes, list.changes)
      return { noteLists: { ...s.noteLists, [skillId]: next } }
    })
  },
  noteCreated: (meta) =>
    set((s) => ({
      data: s.data ? countedNotes(s.data, meta.skillId, 1) : s.data,
      noteLists: changedList(s.noteLists, meta.skillId, meta.id, meta),
    })),
  applyNoteMeta: (meta) => set((s) => ({ noteLists: changedList(s.noteLists, meta.skillId, meta.id, meta) })),
  async createNote(skillId) {
    try {
      const meta = await call(window.api.notes.create({ skillId }))
      get().noteCreated(meta)
      set({ selectedSkillId: skillId, selectedNoteId: meta.id })
      return meta
    } catch (error) {
      set({ actionError: `Could not start a new note: ${messageOf(error)}` })
      return null
    }
  },
  async deleteNote(id, skillId) {
    try {
      await call(window.api.notes.delete({ id }))
      set((s) => ({
        data: s.data ? countedNotes(s.data, skillId, -1) : s.data,
        noteLists: changedList(s.noteLists, skillId, id, null),
        selectedNoteId: s.selectedNoteId === id ? null : s.selectedNoteId,
      }))
      return true
    } catch (error) {
      set({ actionError: `Could not delete the note: ${messageOf(error)}` })
      return false
    }
  },
})
