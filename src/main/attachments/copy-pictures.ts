import { constants } from 'node:fs'
import { copyFile, mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { pathInside } from '../folder/inside'
import { errnoCode } from '../io-reason'
import type { AttachmentStore } from './attachment-store'

/** What copying pictures out did: how many were copied, and how many the profile did not have. */
export interface CopiedPictures {
  copied: number
  missing: number
}

/**
 * Copies the stored pictures `names` into `folder` under their own names, for an export: the folder
 * is made only when there is a picture to put in it, and no file there is overwritten.
 */
export async function copyStoredPictures(
  names: Iterable<string>,
  attachments: AttachmentStore,
  folder: string,
): Promise<CopiedPictures> {
  const counts = { copied: 0, missing: 0 }
  for (const name of new Set(names)) {
    if (!(await attachments.has(name))) {
      counts.missing += 1
      continue
    }
    if (counts.copied === 0) await mkdir(folder, { recursive: true })
    // A file of that name there already holds the same bytes: a picture's name is its content's hash.
    await copyFile(join(attachments.folder, name), pathInside(folder, name), constants.COPYFILE_EXCL).catch(
      (error: unknown) => {
        if (errnoCode(error) !== 'EEXIST') throw error
      },
    )
    counts.copied += 1
  }
  return counts
}
