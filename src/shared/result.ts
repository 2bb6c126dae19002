import { z } from 'zod'

/** Error codes every channel can answer with. */
export const errorCodeSchema = z.enum([
  'invalid-payload',
  'unknown-channel',
  'untrusted-sender',
  'not-found',
  'conflict',
  'too-large',
  'io-error',
  'internal',
])
export type ErrorCode = z.infer<typeof errorCodeSchema>

/** An error as data: what crosses the IPC boundary instead of a stack trace. */
export const apiErrorSchema = z.object({ code: errorCodeSchema, message: z.string() })
export type ApiError = z.infer<typeof apiErrorSchema>

/** The answer of every channel. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError }

/** An expected failure a handler raises on purpose; the router turns it into `{ ok: false }`. */
export class AppError extends Error {
  override readonly name = 'AppError'
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message)
  }
}
