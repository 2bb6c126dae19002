import { afterEach } from 'vitest'
import { createCore, type Core } from '../../src/main/core'
import type { Clock } from '../../src/main/clock'
import { testServices } from './test-services'
import { testClock } from './test-clock'
import { tempDir } from './temp-dir'

/** What sync tests get: computers (real cores over their own data folders) and sync folders, all removed after each test. */
export interface SyncComputers {
  /** A computer; `dataDir` reopens one (a restart, or a copied profile), `clock` sets its "now". */
  computer(options?: { dataDir?: string; clock?: Clock }): Promise<{ core: Core; dir: string }>
  /** An empty folder to sync through. */
  folder(): Promise<string>
}

/** Registers the clean-up and gives the test file its computers; sync is stepped by the tests (no watcher, no timers). */
export function withSyncComputers(): SyncComputers {
  const cleanups: Array<() => Promise<void>> = []
  afterEach(async () => {
    for (const clean of cleanups.splice(0).reverse()) await clean()
  })
  return {
    async computer(options = {}) {
      const temp = options.dataDir ? { dir: options.dataDir, remove: () => Promise.resolve() } : await tempDir()
      const core = await createCore({
        dataDir: temp.dir,
        services: testServices(temp.dir),
        log: () => undefined,
        clock: options.clock ?? testClock(),
        checkResponses: true,
        sync: { watch: false, rescanMs: 3_600_000, writeDelayMs: 3_600_000 },
      })
      cleanups.push(async () => {
        await core.close()
        await temp.remove()
      })
      return { core, dir: temp.dir }
    },
    async folder() {
      const temp = await tempDir('groundwork-sync-')
      cleanups.push(temp.remove)
      return temp.dir
    },
  }
}
