import { mkdir, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { readdirOrEmpty, writeDurably } from './durable-file'

/** How many rotating backups we keep. */
export const BACKUPS_KEPT = 10
const PATTERN = /^groundwork-(\d{8}T\d{6}(?:\d{3})?Z)\.json$/

/** True for the name of a rotating backup (and nothing with a path in it). */
export function isBackupName(name: string): boolean {
  return PATTERN.test(name)
}

/** File name of a backup taken at `date`, sortable by time. */
function backupName(date: Date): string {
  return `groundwork-${date.toISOString().replace(/[-:.]/g, '')}.json`
}

/** Backup file names, newest first. */
export async function listBackups(folder: string): Promise<string[]> {
  return (await readdirOrEmpty(folder))
    .filter((name) => PATTERN.test(name))
    .sort()
    .reverse()
}

/** Writes `text` (already validated state, as text or UTF-8) as a new backup, then drops the oldest beyond the limit. */
export async function writeBackup(folder: string, text: string | Buffer, now = new Date()): Promise<string> {
  await mkdir(folder, { recursive: true })
  const path = join(folder, backupName(now))
  await writeDurably(path, typeof text === 'string' ? text : [text])
  const names = await listBackups(folder)
  await Promise.all(names.slice(BACKUPS_KEPT).map((name) => rm(join(folder, name), { force: true })))
  return path
}
