import { open, readdir, readFile, rm } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import writeFileAtomic from 'write-file-atomic'
import type { Adapter } from 'lowdb'

/**
 * Makes a completed rename survive a power cut: the folder entry itself must be flushed.
 * Windows cannot open a folder for fsync; there NTFS journals the rename instead.
 */
async function fsyncFolder(folder: string): Promise<void> {
  if (process.platform === 'win32') return
  const handle = await open(folder, 'r')
  try {
    await handle.sync()
  } finally {
    await handle.close()
  }
}

/** Writes text (or bytes) so that the file on disk is always either the old or the new content, never a mix. */
export async function writeDurably(path: string, content: string | Uint8Array): Promise<void> {
  // write-file-atomic writes a temp file beside the target, fsyncs it and renames it over.
  const data = typeof content === 'string' ? content : Buffer.from(content.buffer, content.byteOffset, content.byteLength)
  await writeFileAtomic(path, data, { fsync: true, encoding: 'utf8' })
  await fsyncFolder(dirname(path))
}

/**
 * Removes temp files that a write killed mid-way left beside `path` (write-file-atomic names
 * them "<name>.<number>"). Only safe while nothing writes there: the store calls it on open.
 * Returns the names removed.
 */
export async function removeStaleTemps(path: string): Promise<string[]> {
  const folder = dirname(path)
  const prefix = `${basename(path)}.`
  let names: string[]
  try {
    names = await readdir(folder)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
    throw error
  }
  const stale = names.filter((name) => name.startsWith(prefix) && /^\d+$/.test(name.slice(prefix.length)))
  await Promise.all(stale.map((name) => rm(join(folder, name), { force: true })))
  return stale
}

/** Reads a file as text; a missing file reads as null, any other error is raised. */
export async function readTextOrNull(path: string): Promise<string | null> {
  try {
    return await readFile(path, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
}

/**
 * lowdb adapter for a JSON file written durably. `read` returns the parsed JSON unchecked:
 * the store validates and migrates it, because a bad file must be kept aside, not trusted.
 */
export class DurableJsonFile implements Adapter<unknown> {
  readonly #path: string

  constructor(path: string) {
    this.#path = path
  }

  async read(): Promise<unknown> {
    const text = await readTextOrNull(this.#path)
    return text === null ? null : (JSON.parse(text) as unknown)
  }

  async write(data: unknown): Promise<void> {
    await writeDurably(this.#path, JSON.stringify(data))
  }
}
