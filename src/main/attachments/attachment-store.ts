import { createHash } from 'node:crypto'
import { mkdir, stat } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import {
  ATTACHMENTS_FOLDER,
  MAX_PICTURE_BYTES,
  isAttachmentName,
  pictureTooLargeMessage,
  pictureTypeOf,
} from '../../shared/attachments/names'
import { AppError } from '../../shared/result'
import { readBytesOrNull, writeDurably } from '../store/durable-file'
import { ioReason } from '../io-reason'
import { pictureKindOf } from './picture-kind'

/** The attachments folder beside a data file. */
export function attachmentsFolderOf(dataFile: string): string {
  return join(dirname(dataFile), ATTACHMENTS_FOLDER)
}

/**
 * The profile's pictures: one file each in `folder`, named by the SHA-256 of its bytes, so the
 * same picture added twice is one file and a name never changes meaning.
 */
export class AttachmentStore {
  constructor(readonly folder: string) {}

  /** Checks and stores a picture; answers its name. The file is complete on disk before this returns. */
  async add(bytes: Uint8Array): Promise<string> {
    if (bytes.byteLength > MAX_PICTURE_BYTES) {
      throw new AppError('too-large', pictureTooLargeMessage(bytes.byteLength))
    }
    if (bytes.byteLength === 0) throw new AppError('invalid-payload', 'This picture file is empty. It was not added.')
    const kind = pictureKindOf(bytes)
    if (!kind) {
      throw new AppError(
        'invalid-payload',
        'This file is not a PNG, JPEG, GIF, WebP or SVG picture (whatever its name says). It was not added.',
      )
    }
    const name = `${createHash('sha256').update(bytes).digest('hex')}.${kind}`
    const path = join(this.folder, name)
    if (await this.has(name)) return name
    try {
      await mkdir(this.folder, { recursive: true })
      await writeDurably(path, bytes)
    } catch (error) {
      throw new AppError('io-error', `The picture could not be saved: ${ioReason(error)}. The note was not changed.`)
    }
    return name
  }

  /** Is a picture of that name stored (a complete file)? */
  async has(name: string): Promise<boolean> {
    if (!isAttachmentName(name)) return false
    try {
      return (await stat(join(this.folder, name))).isFile()
    } catch {
      return false
    }
  }

  /** A stored picture's bytes and type; a missing one is a not-found error naming it. */
  async read(name: string): Promise<{ type: string; bytes: Buffer }> {
    if (!isAttachmentName(name)) throw new AppError('invalid-payload', 'Not the name of a stored picture.')
    const bytes = await readBytesOrNull(join(this.folder, name))
    if (!bytes) throw new AppError('not-found', `The picture ${name} is not in this profile's attachments folder.`)
    return { type: pictureTypeOf(name), bytes }
  }
}
