import type { StateCreator } from 'zustand'
import type { LevelId } from '../../../shared/curriculum/levels'
import type { Store } from './store'
import { landingOf, type ItemIntent, type ItemTarget } from './item-target'

import { VIEWS } from '../../../shared/settings/workspace'

export { VIEWS }
/** One of the app's views. */
export type ViewId = (typeof VIEWS)[number]

/**
 * A control a command (the palette, a shortcut) asked to act once it shows: mostly to take focus,
 * `backup-import` and `sync-setup` to be pressed, `sync` to bring the Data view's Sync section into sight, the `curriculum-pack-*` ones to open Edit curriculum at its packs, `review-begin` to start today's session, the `plan-*` ones to focus the Plan view's hours or catch-up choices. The control does it itself when it mounts or updates.
 */
export type Intent =
  | 'main'
  | 'skill-search'
  | 'note-title'
  | 'note-body'
  | 'note-card'
  | 'note-picture'
  | 'note-card-front'
  | 'fw-compare'
  | 'fw-ranking'
  | 'backup-import'
  | 'markdown-import'
  | 'sync'
  | 'sync-setup'
  | 'review-start'
  | 'review-begin'
  | 'card-skill'
  | 'timer-skill'
  | 'log-skill'
  | 'streak-minimum'
  | 'evidence-skill'
  | 'curriculum-packs'
  | 'curriculum-pack-import'
  | 'curriculum-pack-export'
  | 'plan-hours'
  | 'plan-choices'
  | `goal-add-${LevelId}`
  | `target-date-${LevelId}`
  | ItemIntent

/** Which view is shown, the last error a user action raised, and what a command asked a control to do. */
export interface UiSlice {
  view: ViewId
  actionError: string | null
  intent: Intent | null
  /** Shows a view; an intent asked for on the view left is dropped. */
  showView: (view: ViewId) => void
  setActionError: (message: string | null) => void
  /** Asks the control `intent` names to act once it shows. */
  setIntent: (intent: Intent) => void
  /** The control acted: forgets the intent, unless another one was asked for meanwhile. */
  clearIntent: (intent: Intent) => void
  /**
   * Goes to one item: shows its view, selects it there (a skill and note in Skills, a goal's level
   * opened) and asks its control to scroll into view and take focus. An item that is gone says so
   * in the banner and answers false.
   */
  showItem: (target: ItemTarget) => boolean
  /** The open note alone on the screen (Skills), everything else out of sight until it is left. */
  focusMode: boolean
  setFocusMode: (on: boolean) => void
  /** Which side of the open skill the Skills view shows: its notes, or its sub-topics and progress. */
  skillTab: SkillTab
  setSkillTab: (tab: SkillTab) => void
}

/** The two tabs of the open skill. */
export type SkillTab = 'notes' | 'progress'

/** The view named by the address's #fragment (e.g. #skills after a reload), or null. */
export function viewInAddress(hash = globalThis.location?.hash ?? ''): ViewId | null {
  const named = hash.replace(/^#/, '')
  return (VIEWS as readonly string[]).includes(named) ? (named as ViewId) : null
}

/** The view named by the address's #fragment (e.g. #skills), or the Dashboard. */
export function initialView(hash = globalThis.location?.hash ?? ''): ViewId {
  return viewInAddress(hash) ?? 'dashboard'
}

/** The UI slice: the view shown, the banner error, the pending intent and going to an item. */
export const createUiSlice: StateCreator<Store, [], [], UiSlice> = (set, get) => ({
  view: initialView(),
  actionError: null,
  intent: null,
  showView: (view) => {
    // The address follows the view, so a reload comes back to it.
    globalThis.history?.replaceState(null, '', `#${view}`)
    set({ view, intent: null, focusMode: false })
  },
  setActionError: (actionError) => set({ actionError }),
  focusMode: false,
  // The note keeps the keyboard: focus mode shows its notes tab and puts the caret back in the text.
  setFocusMode: (focusMode) => set(focusMode ? { focusMode, skillTab: 'notes', intent: 'note-body' } : { focusMode }),
  skillTab: 'notes',
  setSkillTab: (skillTab) => set({ skillTab }),
  setIntent: (intent) => set({ intent }),
  clearIntent: (intent) => set((s) => (s.intent === intent ? { intent: null } : {})),
  showItem: (target) => {
    const s = get()
    const landing = landingOf(target, s.data)
    if (!landing) {
      s.setActionError('That item is not there any more: it may have been deleted.')
      return false
    }
    if (landing.select) s.selectSkill(landing.select.skillId, landing.select.noteId)
    if (landing.openLevel) s.setLevelOpen(landing.openLevel, true)
    s.showView(landing.view)
    s.setIntent(landing.intent)
    return true
  },
})
