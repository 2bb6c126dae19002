import { mkdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { isAttachmentName } from '../../shared/attachments/names'
import type { AttachmentStore } from '../attachments/attachment-store'
import { readdirOrEmpty, writeDurably } from '../store/durable-file'
import { LIBRARY } from './sync-files'

/**
 * Pictures travel as files of their own: groundwork-sync/attachments/<name>. A name is its
 * content's hash, so every computer writes the same bytes under it: a file is written once (temp
 * file, then rename), never changed, never a conflict, and never removed by sync.
 */
export const picturesDir = (folder: string): string => join(folder, LIBRARY, 'attachments')

/**
 * Puts the named pictures this computer has and the library lacks into the library, and takes in
 * those it lacks from there, each checked against its name first. Answers the ones still missing
 * here (not in the library yet, or still arriving): they are tried again next round.
 */
export async function carryPictures(
  folder: string,
  attachments: AttachmentStore,
  named: Iterable<string>,
): Promise<string[]> {
  const dir = picturesDir(folder)
  const inLibrary = new Set((await readdirOrEmpty(dir)).filter(isAttachmentName))
  const missing: string[] = []
  for (const name of named) {
    if (await attachments.has(name)) {
      if (inLibrary.has(name)) continue
      const { bytes } = await attachments.read(name)
      await mkdir(dir, { recursive: true })
      await writeDurably(join(dir, name), bytes)
    } else {
      const bytes = inLibrary.has(name) ? await readFile(join(dir, name)).catch(() => null) : null
      // A file the sync tool is still writing does not match its name yet: it waits, never used half.
      if (!bytes || !(await attachments.addNamed(name, bytes))) missing.push(name)
    }
  }
  return missing
}
