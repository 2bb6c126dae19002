import type { Core } from '../../src/main/core'
import type { Result } from '../../src/shared/result'

/** What a channel answers through the core's router, as a main-side caller would get it; throws with the error when the channel refuses. */
export async function answerOf<T>(core: Core, wire: string, payload?: unknown): Promise<T> {
  const result = (await core.dispatch(wire, payload)) as Result<T>
  if (!result.ok) throw new Error(`${wire}: ${result.error.code} ${result.error.message}`)
  return result.value
}
