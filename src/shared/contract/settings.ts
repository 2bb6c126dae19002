import { z } from 'zod'
import { channel } from './channel'
import { NOTE_MODES, NOTE_SORTS, PANE_GROUPS, VIEWS, paneLayoutSchema, settingsSchema } from '../schemas/settings'

/** App preference channels; each answers the settings as stored. */
export const settingsChannels = {
  /** Light, dark, or follow the OS. */
  setTheme: channel(z.object({ theme: settingsSchema.shape.theme.unwrap() }), settingsSchema),
  /** Remembers one pane group's sizes, the note editor's mode, the note list's order and/or the view shown. */
  setWorkspace: channel(
    z.object({
      pane: z.object({ group: z.enum(PANE_GROUPS), layout: paneLayoutSchema }).optional(),
      noteMode: z.enum(NOTE_MODES).optional(),
      noteSort: z.enum(NOTE_SORTS).optional(),
      navCollapsed: z.boolean().optional(),
      view: z.enum(VIEWS).optional(),
    }),
    settingsSchema,
  ),
  /** Remembers that the first start's pack chooser was answered, so it is not offered again. */
  setWelcomeDone: channel(z.undefined(), settingsSchema),
}
