import { appendFileSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import type { Logger } from './router'

/** main.log is rotated before it would grow past this. */
export const MAX_LOG_BYTES = 1024 * 1024
/** Rotated logs kept beside main.log: main.1.log (the newest) to main.3.log. */
export const LOGS_KEPT = 3

/** The size of a file, 0 when it is missing. */
function sizeOf(path: string): number {
  try {
    return statSync(path).size
  } catch {
    return 0
  }
}

/** main.log becomes main.1.log, main.1.log becomes main.2.log, ...; the oldest beyond `kept` goes. */
function rotate(folder: string, kept: number): void {
  const rotated = (n: number): string => join(folder, `main.${n}.log`)
  rmSync(rotated(kept), { force: true })
  // Oldest first, so each rename lands on a name just freed.
  for (let n = kept - 1; n >= 1; n -= 1) {
    try {
      renameSync(rotated(n), rotated(n + 1))
    } catch {
      // Not there yet: fewer old logs than kept.
    }
  }
  renameSync(join(folder, 'main.log'), rotated(1))
}

/**
 * A logger that appends to <folder>/main.log, rotated by size so it never grows without end.
 * Synchronous, so a line is on disk even when the process dies right after; logging must never
 * crash the app.
 */
export function fileLogger(folder: string, limits: { maxBytes?: number; kept?: number } = {}): Logger {
  const { maxBytes = MAX_LOG_BYTES, kept = LOGS_KEPT } = limits
  const path = join(folder, 'main.log')
  try {
    mkdirSync(folder, { recursive: true })
  } catch {
    // The logger then falls back to stderr only.
  }
  return (message, error) => {
    const detail =
      // eslint-disable-next-line @typescript-eslint/no-base-to-string -- a thrown non-Error is logged as String() shows it, as it always was
      error instanceof Error ? `\n${error.stack ?? error.message}` : error === undefined ? '' : `\n${String(error)}`
    const line = `${new Date().toISOString()} ${message}${detail}\n`
    try {
      const size = sizeOf(path)
      if (size > 0 && size + Buffer.byteLength(line) > maxBytes) rotate(folder, kept)
    } catch {
      // A failed rotation (a file held open elsewhere) must not lose the line: append anyway.
    }
    try {
      appendFileSync(path, line)
    } catch {
      process.stderr.write(line)
    }
  }
}
