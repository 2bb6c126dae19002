import { AppError } from '../shared/result'
import { ioReason } from './io-reason'
import { writeDurably } from './store/durable-file'

/**
 * Writes a file the learner asked for (a report, a full backup) where they chose. It is not a
 * store write, so a failure says where and why instead of the store's "kept in memory" words.
 */
export async function writeExport(what: string, path: string, data: string | Uint8Array): Promise<void> {
  try {
    await writeDurably(path, data)
  } catch (error) {
    throw new AppError(
      'io-error',
      `Could not save ${what} to ${path}: ${ioReason(error)}. Nothing was saved there; try again in another folder.`,
    )
  }
}
