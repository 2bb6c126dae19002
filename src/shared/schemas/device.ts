import { z } from 'zod'
import { workspaceSchema } from './settings'
import { reminderSettingsSchema } from '../reminders/settings'

/**
 * What belongs to this computer, not to the learner's work: how the window's panes are laid out,
 * the view last shown, and the first start's question answered. Kept apart in the state (`device`)
 * so a sync between computers can leave it out, and a restored backup keeps this computer's.
 */
export const deviceSchema = z.object({
  workspace: workspaceSchema.prefault({}),
  /** The learner has answered the first start's "What are you learning?" (added packs or not). */
  welcomeDone: z.boolean().default(false),
  /** Sync through a folder, when this computer takes part: where, as which computer, and whether it is paused. */
  sync: z
    .object({
      folder: z.string().min(1),
      deviceId: z.string().regex(/^[a-z0-9]{8,40}$/),
      deviceName: z.string().min(1).max(60),
      paused: z.boolean().default(false),
    })
    .optional(),
  /** Desktop reminders, the tray and opening at login: this computer's choices, all off by default. */
  reminders: reminderSettingsSchema.prefault({}),
})

/** Moves what older files kept under `settings` (the workspace, the first-start flag) to `device`; other data passes as it is. */
export function withDevicePart(raw: unknown): unknown {
  if (typeof raw !== 'object' || raw === null || 'device' in raw) return raw
  const { settings, ...rest } = raw as { settings?: unknown }
  if (typeof settings !== 'object' || settings === null) return raw
  const { workspace, welcomeDone, ...kept } = settings as Record<string, unknown>
  return {
    ...rest,
    settings: kept,
    device: {
      ...(workspace === undefined ? {} : { workspace }),
      ...(welcomeDone === undefined ? {} : { welcomeDone }),
    },
  }
}
