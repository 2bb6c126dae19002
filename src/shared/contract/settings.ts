import { z } from 'zod'
import { channel } from './channel'
import { NOTE_MODES, NOTE_SORTS, PANE_GROUPS, VIEWS, paneLayoutSchema, settingsSchema } from '../schemas/settings'
import { deviceSchema } from '../schemas/device'

/** App preference channels; each answers what it changed as stored: the settings, or this computer's own part. */
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
    deviceSchema,
  ),
  /** Remembers that the first start's pack chooser was answered, so it is not offered again. */
  setWelcomeDone: channel(z.undefined(), deviceSchema),
}
