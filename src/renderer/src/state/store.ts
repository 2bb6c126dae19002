import { create } from 'zustand'
import { createAppSlice, type AppSlice } from './app-slice'
import { createSkillsSlice, type SkillsSlice } from './skills-slice'
import { createUiSlice, type UiSlice } from './ui-slice'
import { createNotesSlice, type NotesSlice } from './notes-slice'

/** The one bound store, built from a slice per domain. */
export type Store = AppSlice & UiSlice & SkillsSlice & NotesSlice

export const useStore = create<Store>()((...a) => ({
  ...createAppSlice(...a),
  ...createUiSlice(...a),
  ...createSkillsSlice(...a),
  ...createNotesSlice(...a),
}))
