import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { readdirOrEmpty, writeDurably } from './durable-file'

/** Name of the kept copy of a data file of version `version`; never matches a rotating backup, so it is never rotated away. */
export function olderVersionName(version: number, taken: readonly string[]): string {
  const base = `groundwork-data-v${version}`
  if (!taken.includes(`${base}.json`)) return `${base}.json`
  let n = 2
  while (taken.includes(`${base}-${n}.json`)) n += 1
  return `${base}-${n}.json`
}

/** Writes the bytes of a data file of an older release into `folder` under a name of its own (never over an earlier copy); returns its path. */
export async function keepOlderVersion(folder: string, bytes: Buffer, version: number): Promise<string> {
  await mkdir(folder, { recursive: true })
  const path = join(folder, olderVersionName(version, await readdirOrEmpty(folder)))
  await writeDurably(path, [bytes])
  return path
}
