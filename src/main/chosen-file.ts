import { readFile, stat } from 'node:fs/promises'
import { AppError } from '../shared/result'

function megabytes(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MB`
}

/**
 * Reads a file the learner chose to import (a backup, a curriculum pack) as text. The size is
 * checked before a single byte is read, so a huge file costs nothing; `what` names the kind of
 * file in the messages ("a Groundwork backup").
 */
export async function readChosenFile(path: string, what: string, maxBytes: number): Promise<string> {
  const text = (await readChosenBytes(path, what, maxBytes)).toString('utf8')
  if (text.trim() === '') throw new AppError('invalid-payload', 'This file is empty. Nothing was changed.')
  return text
}

/** Reads a chosen file's bytes, its size checked first as for readChosenFile. */
export async function readChosenBytes(path: string, what: string, maxBytes: number): Promise<Buffer> {
  let info
  try {
    info = await stat(path)
  } catch {
    throw new AppError('not-found', 'The chosen file could not be found or opened. Nothing was changed.')
  }
  if (!info.isFile()) throw new AppError('invalid-payload', 'The chosen item is not a file. Nothing was changed.')
  if (info.size > maxBytes) {
    throw new AppError(
      'too-large',
      `This file is ${megabytes(info.size)}; ${what} can be at most ${megabytes(maxBytes)}. It was not read and nothing was changed.`,
    )
  }
  return readFile(path)
}
