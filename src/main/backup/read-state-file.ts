import type { AppState } from '../../shared/model'
import { readChosenFile } from '../chosen-file'
import { parseOffMain } from '../parse/parse-off-main'

/** Largest backup file we read: far above any real data file, far below what hurts memory. */
const MAX_IMPORT_BYTES = 50 * 1024 * 1024

/**
 * Reads and validates a backup file. The size is checked before a single byte is read, so a huge
 * file costs nothing; the text is then parsed, migrated and checked in a worker (parseBackupText),
 * so the window keeps answering while a large backup is read.
 */
export async function readStateFile(path: string, maxBytes = MAX_IMPORT_BYTES): Promise<AppState> {
  return parseOffMain('backup', await readChosenFile(path, 'a Groundwork backup', maxBytes))
}
