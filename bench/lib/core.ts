import { createCore, type Core } from '../../src/main/core'
import { testServices } from '../../test/support/test-services'

/** The real core over `dir`, as the app opens it (answers are not re-checked, as in the app). */
export function openCore(dir: string): Promise<Core> {
  return createCore({ dataDir: dir, services: testServices(dir), log: () => undefined })
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
