import { readChosenFile } from '../chosen-file'
import { parseOffMain } from '../parse/parse-off-main'
import type { BackupContents } from './parse-backup'

/**
 * Largest backup file we read: far above any real data file with its pictures (a backup carries
 * them as base64), far below what hurts memory.
 */
export const MAX_BACKUP_BYTES = 200 * 1024 * 1024

/**
 * Reads and validates a backup file. The size is checked before a single byte is read, so a huge
 * file costs nothing; the text is then parsed, migrated and checked in a worker (parseBackupText),
 * its pictures checked against their names there too, so the window keeps answering while a large
 * backup is read.
 */
export async function readBackupFile(path: string, maxBytes = MAX_BACKUP_BYTES): Promise<BackupContents> {
  return parseOffMain('backup', await readChosenFile(path, 'a Groundwork backup', maxBytes))
}
