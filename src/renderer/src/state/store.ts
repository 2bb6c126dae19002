import { create } from 'zustand'
import { createAppSlice, type AppSlice } from './app-slice'
import { createSkillsSlice, type SkillsSlice } from './skills-slice'
import { createUiSlice, type UiSlice } from './ui-slice'
import { createReviewSlice, type ReviewSlice } from './review-slice'
import { createStudySlice, type StudySlice } from './study-slice'
import { createEvidenceSlice, type EvidenceSlice } from './evidence-slice'
import { createSettingsSlice, type SettingsSlice } from './settings-slice'
import { createOverlaySlice, type OverlaySlice } from './overlay-slice'

/** The one bound store, built from a slice per domain. */
export type Store = AppSlice & UiSlice & SkillsSlice
  & ReviewSlice & StudySlice & EvidenceSlice & SettingsSlice & OverlaySlice

export const useStore = create<Store>()((...a) => ({
  ...createAppSlice(...a),
  ...createUiSlice(...a),
  ...createSkillsSlice(...a),
  ...createReviewSlice(...a),
  ...createStudySlice(...a),
  ...createEvidenceSlice(...a),
  ...createSettingsSlice(...a),
  ...createOverlaySlice(...a),
}))
