import { z } from 'zod'
import { channel } from './channel'
import { orCancelled } from './dialog'
import { importTokenSchema } from './imports'
import { idSchema } from '../schemas/common'

const fileReasonSchema = z.object({ path: z.string(), reason: z.string() })

/** What importing a folder of Markdown files would do, shown before anything is written. */
const folderPreviewSchema = z.object({
  /** For imports.confirm (with the learner's folder choices) and imports.cancel; the files read stay in main. */
  token: importTokenSchema,
  folder: z.object({ name: z.string(), path: z.string() }),
  /** Notes added (those of `place` included), updated by id, and files that change nothing. */
  added: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  /** Folders whose files name no skill of the learner's: how many plain and broken files each holds, and the skill its name suggests. */
  place: z.array(
    z.object({ folder: z.string(), plain: z.number().int(), broken: z.number().int(), skillId: idSchema.nullable() }),
  ),
  /** Files whose front matter cannot be read: skipped, unless the learner takes them in whole as plain notes. */
  broken: z.array(fileReasonSchema),
  /** Files left out, each with why. */
  skipped: z.array(fileReasonSchema),
  /** Files that are not Markdown, passed over. */
  otherFiles: z.number().int(),
  /** Front matter keys Groundwork does not keep (tags, aliases, ...). */
  otherKeys: z.array(z.string()),
  /** Pictures that come in with the new and updated notes. */
  pictures: z.number().int(),
  /** Picture links left as written (missing file, not a picture, outside the folder), by note file. */
  pictureProblems: z.array(fileReasonSchema),
})

/** Notes as a folder of Markdown files (an Obsidian vault): export, and previewing an import (imports.confirm carries it out). */
export const markdownChannels = {
  /** Asks for a folder and writes every note there as a .md file with front matter, a folder per skill (into a new folder inside it when it is not empty). */
  exportFolder: channel(
    z.undefined(),
    orCancelled(
      z.object({
        path: z.string(),
        notes: z.number().int(),
        skills: z.number().int(),
        inNewFolder: z.boolean(),
        /** Pictures copied into attachments/ at the folder's top, and those the notes name that were not there to copy. */
        pictures: z.number().int(),
        missingPictures: z.number().int(),
      }),
    ),
  ),
  /** Asks for a folder, reads its Markdown files and answers what importing them would do, or that the dialog was closed. */
  chooseImport: channel(z.undefined(), orCancelled(folderPreviewSchema)),
}

export type FolderPreview = z.output<typeof folderPreviewSchema>
