import { appendFileSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Logger } from './router'

/** A logger that appends to <folder>/main.log; logging must never crash the app. */
export function fileLogger(folder: string): Logger {
  const path = join(folder, 'main.log')
  try {
    mkdirSync(folder, { recursive: true })
  } catch {
    // The logger then falls back to stderr only.
  }
  return (message, error) => {
    // eslint-disable-next-line @typescript-eslint/no-base-to-string -- a thrown non-Error is logged as String() shows it, as it always was
    const detail = error instanceof Error ? `\n${error.stack ?? error.message}` : error === undefined ? '' : `\n${String(error)}`
    const line = `${new Date().toISOString()} ${message}${detail}\n`
    try {
      appendFileSync(path, line)
    } catch {
      process.stderr.write(line)
    }
  }
}
