import type { Core } from '../../src/main/core'
import { openTestCore } from '../../test/support/test-services'

/** The real core over `dir`, as the app opens it (answers are not re-checked, as in the app). */
export function openCore(dir: string): Promise<Core> {
  return openTestCore(dir, { checkResponses: false })
}

/**
 * The core once its start-up backup, which runs in the background, is done: for figures about
 * the steady state rather than the start.
 */
export async function openSettledCore(dir: string): Promise<Core> {
  const core = await openCore(dir)
  await core.store.backupsSettled()
  return core
}
