import { z } from 'zod'
import { channel } from './channel'
import { stateViewSchema } from './app'
import { orCancelled } from './dialog'
import { idSchema } from '../schemas/common'
import { MAX_FOLDER_FILES } from '../notes/folder/limits'

const tokenSchema = z.string().min(1).max(100)
const fileReasonSchema = z.object({ path: z.string(), reason: z.string() })

/** What importing a folder of Markdown files would do, shown before anything is written. */
const folderPreviewSchema = z.object({
  /** Opaque handle for confirm/cancel; the files read stay in main. */
  token: z.string(),
  folder: z.object({ name: z.string(), path: z.string() }),
  /** Notes added (those of `place` included), updated by id, and files that change nothing. */
  added: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  /** Folders whose files name no skill of the learner's: how many plain and broken files each holds, and the skill its name suggests. */
  place: z.array(z.object({ folder: z.string(), plain: z.number().int(), broken: z.number().int(), skillId: idSchema.nullable() })),
  /** Files whose front matter cannot be read: skipped, unless the learner takes them in whole as plain notes. */
  broken: z.array(fileReasonSchema),
  /** Files left out, each with why. */
  skipped: z.array(fileReasonSchema),
  /** Files that are not Markdown, passed over. */
  otherFiles: z.number().int(),
  /** Front matter keys Groundwork does not keep (tags, aliases, ...). */
  otherKeys: z.array(z.string()),
})

/** Notes as a folder of Markdown files (an Obsidian vault): export, and import with a preview. */
export const markdownChannels = {
  /** Asks for a folder and writes every note there as a .md file with front matter, a folder per skill (into a new folder inside it when it is not empty). */
  exportFolder: channel(z.undefined(), orCancelled(z.object({ path: z.string(), notes: z.number().int(), skills: z.number().int(), inNewFolder: z.boolean() }))),
  /** Asks for a folder, reads its Markdown files and answers what importing them would do, or that the dialog was closed. */
  chooseImport: channel(z.undefined(), orCancelled(folderPreviewSchema)),
  /** Imports a previewed folder in one write, with the skill chosen for each folder that needs one; answers the new state. */
  confirmImport: channel(
    z.object({
      token: tokenSchema,
      skills: z.array(z.object({ folder: z.string().max(4096), skillId: idSchema })).max(MAX_FOLDER_FILES),
      includeBroken: z.boolean(),
    }),
    z.object({ state: stateViewSchema, added: z.number().int(), updated: z.number().int(), safetyBackup: z.string().nullable() }),
  ),
  /** Drops a previewed import the learner decided against. */
  cancelImport: channel(z.object({ token: tokenSchema }), z.null()),
}

export type FolderPreview = z.output<typeof folderPreviewSchema>
