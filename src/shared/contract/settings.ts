import { z } from 'zod'
import { channel } from './channel'
import { settingsSchema } from '../schemas/settings'

/** App preference channels. */
export const settingsChannels = {
  /** Light, dark, or follow the OS. */
  setTheme: channel(z.object({ theme: settingsSchema.shape.theme.unwrap() }), settingsSchema),
}
