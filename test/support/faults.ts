import { writeFile } from 'node:fs/promises'

/** Faults a test can switch on; the vi.mock factories in a test file consult this object. */
export interface Faults {
  /** Every durable write fails with ENOSPC after leaving half a temp file behind. */
  diskFull: boolean
  /** Reading these paths fails with EACCES (we run as root, so chmod 000 would not stop a read). */
  unreadable: Set<string>
}

/** A Node-style errno error, as fs raises it. */
export function errnoError(code: string, syscall: string, path: string): NodeJS.ErrnoException {
  const error: NodeJS.ErrnoException = new Error(`${code}: simulated failure, ${syscall} '${path}'`)
  error.code = code
  error.syscall = syscall
  error.path = path
  return error
}

/** What a full disk does to write-file-atomic: the temp file is cut short and the write fails. */
export async function failLikeFullDisk(path: string, data: string | Buffer): Promise<never> {
  await writeFile(`${path}.${4_000_000_000 + Math.floor(Math.random() * 1000)}`, data.slice(0, Math.floor(data.length / 2)))
  throw errnoError('ENOSPC', 'write', path)
}
