import { mkdir, rm, stat } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import {
  ATTACHMENTS_FOLDER,
  MAX_PICTURE_BYTES,
  isAttachmentName,
  pictureTooLargeMessage,
  pictureTypeOf,
} from '../../shared/attachments/names'
import { AppError } from '../../shared/result'
import { readBytesOrNull, readdirOrEmpty, writeDurably } from '../store/durable-file'
import { ioReason } from '../io-reason'
import { storedNameOf } from './picture-kind'

/** The attachments folder beside a data file. */
export function attachmentsFolderOf(dataFile: string): string {
  return join(dirname(dataFile), ATTACHMENTS_FOLDER)
}

/**
 * The profile's pictures: one file each in `folder`, named by the SHA-256 of its bytes, so the
 * same picture added twice is one file and a name never changes meaning.
 */
export class AttachmentStore {
  // Pictures written or added since the cleanup last looked: a note may be about to name them.
  #recent = new Set<string>()
  // Writes and removals run one at a time, so a removal never races a picture being added again.
  #busy: Promise<unknown> = Promise.resolve()

  constructor(readonly folder: string) {}

  /** Checks and stores a picture; answers its name. The file is complete on disk before this returns. */
  async add(bytes: Uint8Array): Promise<string> {
    if (bytes.byteLength > MAX_PICTURE_BYTES) {
      throw new AppError('too-large', pictureTooLargeMessage(bytes.byteLength))
    }
    if (bytes.byteLength === 0) throw new AppError('invalid-payload', 'This picture file is empty. It was not added.')
    const name = storedNameOf(bytes)
    if (!name) {
      throw new AppError(
        'invalid-payload',
        'This file is not a PNG, JPEG, GIF, WebP or SVG picture (whatever its name says). It was not added.',
      )
    }
    try {
      await this.#keep(name, bytes)
    } catch (error) {
      throw new AppError('io-error', `The picture could not be saved: ${ioReason(error)}. The note was not changed.`)
    }
    return name
  }

  /**
   * Stores a picture that came from elsewhere (a backup, the sync folder) under the name it came
   * with, only when its bytes hash to that name; answers whether it is now stored. A failed write
   * raises the file system's error, for the caller to word.
   */
  async addNamed(name: string, bytes: Uint8Array): Promise<boolean> {
    if (!isAttachmentName(name) || bytes.byteLength > MAX_PICTURE_BYTES || storedNameOf(bytes) !== name) return false
    await this.#keep(name, bytes)
    return true
  }

  async #keep(name: string, bytes: Uint8Array): Promise<void> {
    this.#recent.add(name)
    await this.#serial(async () => {
      if (await this.has(name)) return
      await mkdir(this.folder, { recursive: true })
      await writeDurably(join(this.folder, name), bytes)
    })
  }

  #serial<T>(work: () => Promise<T>): Promise<T> {
    const next = this.#busy.then(work)
    this.#busy = next.catch(() => undefined)
    return next
  }

  /** The names of the stored pictures (the folder's other files are not pictures and not listed). */
  async list(): Promise<string[]> {
    return (await readdirOrEmpty(this.folder)).filter(isAttachmentName)
  }

  /**
   * Removes a stored picture, unless it was added again since the cleanup took the recent ones; a
   * name that is not a stored picture's is never touched. Answers whether it was removed.
   */
  async remove(name: string): Promise<boolean> {
    if (!isAttachmentName(name)) return false
    return this.#serial(async () => {
      if (this.#recent.has(name)) return false
      await rm(join(this.folder, name), { force: true })
      return true
    })
  }

  /** The pictures added since the last call (the cleanup keeps them this round: a note may be about to name them). */
  takeRecent(): Set<string> {
    const recent = this.#recent
    this.#recent = new Set()
    return recent
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
