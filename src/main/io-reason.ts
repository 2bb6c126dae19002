/** The errno code of a file system error (ENOSPC, EACCES, ...), if it carries one. */
export function errnoCode(error: unknown): string | undefined {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : undefined
}

/** Why a file or folder could not be made or written, in the learner's words with the system's code. */
export function ioReason(error: unknown): string {
  const code = errnoCode(error)
  switch (code) {
    case 'EEXIST':
    case 'ENOTDIR':
      return `a file stands where a folder must be (${code})`
    case 'EACCES':
    case 'EPERM':
      return `permission denied (${code})`
    case 'EROFS':
      return 'the disk is read-only (EROFS)'
    case 'ENOSPC':
      return 'the disk is full (ENOSPC)'
    case 'ENOENT':
      return 'the folder does not exist (ENOENT)'
    case 'EISDIR':
      return 'a folder has that name (EISDIR)'
  }
  return error instanceof Error ? error.message : String(error)
}
