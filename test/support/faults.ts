import type { FileHandle } from 'node:fs/promises'

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

/**
 * What a full disk does to a write: a file handle whose writes store half of the data and then
 * fail with ENOSPC. Everything else (sync, close) is the real handle's.
 */
export function failingLikeFullDisk(handle: FileHandle, path: string): FileHandle {
  const fail = async (data: string | Uint8Array | readonly Uint8Array[]): Promise<never> => {
    const bytes =
      typeof data === 'string'
        ? Buffer.from(data)
        : data instanceof Uint8Array
          ? Buffer.from(data)
          : Buffer.concat(data)
    await handle.write(bytes.subarray(0, Math.floor(bytes.length / 2)))
    throw errnoError('ENOSPC', 'write', path)
  }
  return new Proxy(handle, {
    get(target, key, receiver) {
      if (key === 'writeFile' || key === 'writev') return fail
      const value: unknown = Reflect.get(target, key, receiver)
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value
    },
  })
}

type Open = typeof import('node:fs/promises').open

/** fs/promises' `open` where new temp files ('wx') at paths `full` picks fail like a full disk; for vi.mock factories. */
export function openOnFullDisk(open: Open, full: (path: string) => boolean): Open {
  return async (path, flags, mode) => {
    const handle = await open(path, flags, mode)
    return flags === 'wx' && full(String(path)) ? failingLikeFullDisk(handle, String(path)) : handle
  }
}
