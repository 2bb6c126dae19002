import type { ApiError, Result } from '../../../shared/result'

/** A failed call, carrying the main process's code and message for the UI to show. */
export class CallError extends Error {
  override readonly name = 'CallError'
  constructor(readonly error: ApiError) {
    super(error.message)
  }
}

/** Awaits a window.api call and returns its value, or throws a CallError the UI can show. */
export async function call<T>(pending: Promise<Result<T>>): Promise<T> {
  const result = await pending
  if (!result.ok) throw new CallError(result.error)
  return result.value
}

/** A readable message from anything thrown. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
