import { closeSync, constants, fsync, openSync } from 'node:fs'
import { open, readdir, readFile, rename, rm, type FileHandle } from 'node:fs/promises'
import { setTimeout as sleep } from 'node:timers/promises'
import { promisify } from 'node:util'
import { basename, dirname, join } from 'node:path'

/**
 * Makes a completed rename survive a power cut: the folder entry itself must be flushed.
 * Windows cannot open a folder for fsync; there NTFS journals the rename instead.
 */
async function fsyncFolder(folder: string): Promise<void> {
  if (process.platform === 'win32') return
  // Opening and closing a folder touch no disk and take microseconds: done in place, they
  // spare two trips through the thread pool, which cost more than the calls on a small save.
  const fd = openSync(folder, constants.O_RDONLY)
  try {
    await fsyncAsync(fd)
  } finally {
    closeSync(fd)
  }
}

const fsyncAsync = promisify(fsync)

let tempCounter = 0

/** Name of a temp file written beside `name` on its way to replacing it. */
export function tempName(name: string, pid: number, counter: number): string {
  return `.${name}.${pid}.${counter}.tmp`
}

/** Is `candidate` a temp file of ours for `name` (possibly left behind by a killed write)? */
export function isTempOf(name: string, candidate: string): boolean {
  const prefix = `.${name}.`
  return candidate.startsWith(prefix) && /^\d+\.\d+\.tmp$/.test(candidate.slice(prefix.length))
}
/** Chunks per writev call; Linux accepts at most 1024 buffers in one call. */
const IOV_BATCH = 512

/** Writes all `chunks` from the start of the file, resuming after short writes. */
async function writeChunks(handle: FileHandle, chunks: readonly Uint8Array[]): Promise<void> {
  let position = 0
  for (let i = 0; i < chunks.length; i += IOV_BATCH) {
    const batch = chunks.slice(i, i + IOV_BATCH)
    const size = batch.reduce((sum, chunk) => sum + chunk.byteLength, 0)
    let written = (await handle.writev(batch, position)).bytesWritten
    if (written < size) {
      // A short write is rare (signals, odd file systems): finish the batch from one buffer.
      const rest = Buffer.concat(batch)
      while (written < size)
        written += (await handle.write(rest, written, size - written, position + written)).bytesWritten
    }
    position += size
  }
}

/** How the replacing rename is done and tried again; tests pass their own to inject failures. */
export interface RenameRetry {
  rename(from: string, to: string): Promise<void>
  sleep(ms: number): Promise<unknown>
  /** The wait before each retry, in ms; their number bounds the retries. */
  delays: readonly number[]
}

/** Waits between rename attempts on Windows: growing, about 1.5 s in all. */
export const WINDOWS_RENAME_DELAYS: readonly number[] = [10, 20, 40, 80, 160, 320, 400, 500]

// Windows refuses a rename over a file that another process (an antivirus, the search indexer)
// holds open for a moment, with one of these; steno, graceful-fs and VS Code retry them too.
// Elsewhere they mean a lasting problem (permissions, a mount point): nothing to wait for.
const TRANSIENT_RENAME_CODES = new Set(['EPERM', 'EACCES', 'EBUSY'])
const PLATFORM_RENAME: RenameRetry = {
  rename,
  sleep,
  delays: process.platform === 'win32' ? WINDOWS_RENAME_DELAYS : [],
}

/** Renames, trying again after each delay while the error is transient; then throws the last error as it came. */
async function renameRetrying(from: string, to: string, retry: RenameRetry): Promise<void> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await retry.rename(from, to)
    } catch (error) {
      const delay = retry.delays[attempt]
      if (delay === undefined || !TRANSIENT_RENAME_CODES.has((error as NodeJS.ErrnoException).code ?? '')) throw error
      await retry.sleep(delay)
    }
  }
}

/**
 * Writes text (or UTF-8 chunks, in order) so that the file on disk is always either the old or the new content, never a mix:
 * a temp file beside the target, fsync, rename over the target (retried briefly on Windows),
 * fsync the folder. We do this ourselves rather than through write-file-atomic, whose
 * realpath/stat/chown round trips cost more than the write itself for small files, and which
 * does not fsync the folder.
 */
export async function writeDurably(
  path: string,
  data: string | Uint8Array | readonly Uint8Array[],
  retry: RenameRetry = PLATFORM_RENAME,
): Promise<void> {
  const folder = dirname(path)
  // 'wx' refuses to reuse a name, so two writers in one process can never share a temp file.
  const temp = join(folder, tempName(basename(path), process.pid, (tempCounter += 1)))
  const handle = await open(temp, 'wx')
  try {
    try {
      if (typeof data === 'string') await handle.writeFile(data, 'utf8')
      else await writeChunks(handle, data instanceof Uint8Array ? [data] : data)
      await handle.sync()
    } finally {
      await handle.close()
    }
    await renameRetrying(temp, path, retry)
  } catch (error) {
    // A failed write (disk full, say) leaves the old file as it was and no temp file behind.
    await rm(temp, { force: true }).catch(() => undefined)
    throw error
  }
  await fsyncFolder(folder)
}

/** Reads a file's bytes; a missing file reads as null, any other error is raised. */
export async function readBytesOrNull(path: string): Promise<Buffer | null> {
  try {
    return await readFile(path)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
}

/** The names in a folder; a missing folder reads as empty, any other error is raised. */
export async function readdirOrEmpty(folder: string): Promise<string[]> {
  try {
    return await readdir(folder)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
    throw error
  }
}

/**
 * Removes temp files that a write killed mid-way left beside `path`. Only safe while nothing
 * writes there: the store calls it on open. Returns the names removed.
 */
export async function removeStaleTemps(path: string): Promise<string[]> {
  const folder = dirname(path)
  const stale = (await readdirOrEmpty(folder)).filter((name) => isTempOf(basename(path), name))
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
