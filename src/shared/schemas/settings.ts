import { z } from 'zod'
import { NOTE_MODES, NOTE_SORTS, PANE_GROUPS, VIEWS } from '../settings/workspace'

export { NOTE_MODES, NOTE_SORTS, PANE_GROUPS, VIEWS }

/** One group's pane sizes: panel id to percent of the group. */
export const paneLayoutSchema = z
  .record(
    z.string().regex(/^[a-z][a-z-]{0,39}$/, 'A pane id is lower-case letters and dashes.'),
    z.number().min(0, 'A pane size cannot be below 0%.').max(100, 'A pane size cannot be above 100%.'),
  )
  .refine((layout) => Object.keys(layout).length <= 6, 'A pane group has at most six panes.')

/** The workspace as the learner left it: pane sizes, the editor's mode, the note order and the view shown last. */
export const workspaceSchema = z.object({
  panes: z.partialRecord(z.enum(PANE_GROUPS), paneLayoutSchema).default(() => ({})),
  noteMode: z.enum(NOTE_MODES).default('split'),
  noteSort: z.enum(NOTE_SORTS).default('created'),
  /** The main navigation shows icons only; unset until the learner chooses (then it follows the window's width). */
  navCollapsed: z.boolean().optional(),
  /** The view shown when the app was last closed, to open on next time (none yet: the Dashboard). */
  view: z.enum(VIEWS).optional(),
})

/** App-wide preferences the learner sets (what is only this computer's is in schemas/device.ts). */
export const settingsSchema = z.object({
  theme: z.enum(['system', 'light', 'dark']).default('system'),
})
