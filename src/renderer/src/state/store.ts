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
  NotesSlice

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
}))
