import { create } from 'zustand'
import { createAppSlice, type AppSlice } from './app-slice'
import { createUiSlice, type UiSlice } from './ui-slice'
import { createSkillsSlice, type SkillsSlice } from './skills-slice'
import { createFrameworksSlice, type FrameworksSlice } from './frameworks-slice'
import { createLevelsSlice, type LevelsSlice } from './levels-slice'
import { createBackupSlice, type BackupSlice } from './backup-slice'
import { createReviewSlice, type ReviewSlice } from './review-slice'
import { createStudySlice, type StudySlice } from './study-slice'
import { createEvidenceSlice, type EvidenceSlice } from './evidence-slice'
import { createSettingsSlice, type SettingsSlice } from './settings-slice'
import { createOverlaySlice, type OverlaySlice } from './overlay-slice'
import { createNotesSlice, type NotesSlice } from './notes-slice'
import { createReportsSlice, type ReportsSlice } from './reports-slice'
import { createSearchSlice, type SearchSlice } from './search-slice'
import { createCurriculumSlice, type CurriculumSlice } from './curriculum-slice'
import { createUndoSlice, type UndoSlice } from './undo-slice'
import { createPacksSlice, type PacksSlice } from './packs-slice'
import { createMarkdownSlice, type MarkdownSlice } from './markdown-slice'
import { createImportsSlice, type ImportsSlice } from './imports-slice'
import { createSyncSlice, type SyncSlice } from './sync-slice'

// Naming rule. An action that talks to main sits under its channel's domain and is named after the
// channel's method: s.skills.setStatus sends skills.setStatus, s.notes.list sends notes.list. A
// second way to send the same channel gets its own verb in that namespace (s.notes.start,
// s.search.warmUp). Actions that stay in the renderer are flat (selectSkill, showView, setIntent).
// Every action answers an Outcome (see call.ts). A slice writes only its own fields: the app slice
// replaces `data` whole, each domain slice patches its own field of it (skills -> data.skills) with
// patchData, and a change to another slice's fields goes through that slice's action.

/** The one bound store, built from a slice per domain. */
export type Store = AppSlice &
  UiSlice &
  SkillsSlice &
  FrameworksSlice &
  LevelsSlice &
  BackupSlice &
  ReviewSlice &
  StudySlice &
  EvidenceSlice &
  SettingsSlice &
  OverlaySlice &
  NotesSlice &
  ReportsSlice &
  SearchSlice &
  CurriculumSlice &
  UndoSlice &
  PacksSlice &
  MarkdownSlice &
  ImportsSlice &
  SyncSlice

export const useStore = create<Store>()((...a) => ({
  ...createAppSlice(...a),
  ...createUiSlice(...a),
  ...createSkillsSlice(...a),
  ...createFrameworksSlice(...a),
  ...createLevelsSlice(...a),
  ...createBackupSlice(...a),
  ...createReviewSlice(...a),
  ...createStudySlice(...a),
  ...createEvidenceSlice(...a),
  ...createSettingsSlice(...a),
  ...createOverlaySlice(...a),
  ...createNotesSlice(...a),
  ...createReportsSlice(...a),
  ...createSearchSlice(...a),
  ...createCurriculumSlice(...a),
  ...createMarkdownSlice(...a),
  ...createImportsSlice(...a),
  ...createUndoSlice(...a),
  ...createPacksSlice(...a),
  ...createSyncSlice(...a),
}))
