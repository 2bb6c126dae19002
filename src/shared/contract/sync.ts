import { z } from 'zod'
import { channel } from './channel'
import { orCancelled } from './dialog'
import { deviceNameProblem } from '../sync/device-name'

/** A computer's name as the learner gives it ("Laptop", "Desktop at home"). */
export const deviceNameSchema = z
  .string()
  .trim()
  .superRefine((name, context) => {
    const problem = deviceNameProblem(name)
    if (problem) context.addIssue({ code: 'custom', message: problem })
  })

/** A computer in the sync library. */
const syncDeviceSchema = z.object({
  id: z.string(),
  name: z.string(),
  /** When its newest file was written (its own clock: shown, never used to order anything). */
  lastSeenAt: z.string().optional(),
  isThis: z.boolean(),
})

/** Something wrong with sync the learner should know of. */
const syncProblemSchema = z.object({
  kind: z.enum(['folder-missing', 'file-incomplete', 'newer-format', 'write-failed', 'copied-profile', 'other']),
  message: z.string(),
  /** The file concerned, relative to the sync folder. */
  file: z.string().optional(),
})

/** A small field changed on two computers at once: the value kept, and the other one, which "use this instead" brings back. */
const syncConflictSchema = z.object({
  id: z.string(),
  /** What the field belongs to, in words ("APIs: status", "Note “Indexes”: title"). */
  label: z.string(),
  kept: z.unknown(),
  other: z.unknown(),
  /** The computer whose value was kept. */
  keptFrom: z.string(),
})

/** What the last merge brought in. */
const syncMergeSchema = z.object({
  at: z.string(),
  /** The names of the computers it came from. */
  from: z.array(z.string()),
  counts: z.object({
    notes: z.number().int(),
    reviews: z.number().int(),
    statuses: z.number().int(),
    other: z.number().int(),
  }),
  conflicts: z.array(syncConflictSchema),
})

/** An incoming batch that would remove much of the learner's work: held until the learner says. */
const heldBatchSchema = z.object({
  from: z.array(z.string()),
  notesRemoved: z.number().int(),
  notesNow: z.number().int(),
  skillsRemoved: z.number().int(),
  skillsNow: z.number().int(),
})

/** Sync at a glance. */
export const syncStatusSchema = z.object({
  state: z.enum(['off', 'idle', 'syncing', 'paused', 'held', 'error']),
  folder: z.string().optional(),
  deviceId: z.string().optional(),
  deviceName: z.string().optional(),
  /** When this computer last read and wrote the folder without a problem. */
  lastSyncAt: z.string().optional(),
  devices: z.array(syncDeviceSchema),
  /** Changes of this computer not yet in the folder. */
  waiting: z.number().int(),
  problems: z.array(syncProblemSchema),
  lastMerge: syncMergeSchema.optional(),
  held: heldBatchSchema.optional(),
})

/** Sync through a folder the learner already syncs (Syncthing, Dropbox, iCloud Drive, a USB stick). */
export const syncChannels = {
  /** Where sync stands. */
  status: channel(z.undefined(), syncStatusSchema),
  /** The OS folder dialog; answers the chosen folder and whether it already holds a library. */
  chooseFolder: channel(
    z.undefined(),
    orCancelled(z.object({ folder: z.string(), hasLibrary: z.boolean(), devices: z.array(z.string()) })),
  ),
  /** Starts a library in the folder, or joins the one there (a backup of this computer's data is made first). */
  start: channel(z.object({ folder: z.string().min(1), deviceName: deviceNameSchema }), syncStatusSchema),
  /** Reads and writes the folder now. */
  syncNow: channel(z.undefined(), syncStatusSchema),
  /** Pauses or resumes sync; changes made meanwhile wait, nothing is lost. */
  setPaused: channel(z.object({ paused: z.boolean() }), syncStatusSchema),
  /** Stops syncing on this computer; its data and the folder stay as they are. */
  leave: channel(z.undefined(), syncStatusSchema),
  /** Renames this computer. */
  rename: channel(z.object({ deviceName: deviceNameSchema }), syncStatusSchema),
  /** Applies or drops a held batch that would remove much of the learner's work. */
  decideHeld: channel(z.object({ apply: z.boolean() }), syncStatusSchema),
  /** "Use this instead": puts the other value of a conflict in place (and syncs it). */
  useOther: channel(z.object({ conflictId: z.string().min(1) }), syncStatusSchema),
}

export type SyncStatus = z.output<typeof syncStatusSchema>
export type SyncConflict = z.output<typeof syncConflictSchema>
export type SyncMerge = z.output<typeof syncMergeSchema>
export type SyncProblem = z.output<typeof syncProblemSchema>
export type HeldBatch = z.output<typeof heldBatchSchema>
