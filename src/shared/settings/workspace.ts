// The Skills workspace's choices, apart from their schemas: the renderer needs the names without zod.

/** The resizable pane groups whose sizes are remembered: the Skills view, its notes, the editor beside its preview. */
export const PANE_GROUPS = ['skills', 'notes', 'note-split'] as const

/** A pane group's sizes: each pane's share, in percent of the group, by pane id. */
export type PaneLayout = Record<string, number>

/** How the note editor shows a note: the text alone, text and preview side by side, or the preview alone. */
export const NOTE_MODES = ['edit', 'split', 'preview'] as const

/** Orders of a skill's note list: last edited, newest created, or by title. */
export const NOTE_SORTS = ['edited', 'created', 'title'] as const

/** The app's views, in navigation order; the one shown last is remembered on this computer. */
export const VIEWS = [
  'dashboard',
  'skills',
  'levels',
  'plan',
  'frameworks',
  'reports',
  'review',
  'study',
  'data',
] as const
