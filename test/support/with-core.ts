import { afterEach, beforeEach } from 'vitest'
import type { Core } from '../../src/main/core'
import type { Result } from '../../src/shared/result'
import { tempDir } from './temp-dir'
import { openTestCore } from './test-services'

/** What withCore gives a test: its core, its data folder, a restart, and a call that must succeed. */
export interface CoreUnderTest {
  readonly core: Core
  readonly dir: string
  /** Closes the core and opens the same folder again, like quitting and starting the app. */
  restart(): Promise<Core>
  /** Calls a channel and returns its value; an error answer fails the test with its code and message. */
  ok<T>(wire: string, payload?: unknown): Promise<T>
}

/** Gives each test of the file a fresh data folder and the real core over it, removed afterwards. */
export function withCore(): CoreUnderTest {
  let current: { core: Core; dir: string; remove(): Promise<void> } | null = null
  const now = (): { core: Core; dir: string } => {
    if (!current) throw new Error('withCore is only available inside a test')
    return current
  }
  beforeEach(async () => {
    const temp = await tempDir()
    current = { core: await openTestCore(temp.dir), dir: temp.dir, remove: temp.remove }
  })
  afterEach(async () => {
    await current?.core.close()
    await current?.remove()
    current = null
  })
  return {
    get core() {
      return now().core
    },
    get dir() {
      return now().dir
    },
    async restart() {
      const test = now()
      await test.core.close()
      test.core = await openTestCore(test.dir)
      return test.core
    },
    async ok<T>(wire: string, payload?: unknown) {
      const result = (await now().core.dispatch(wire, payload)) as Result<T>
      if (!result.ok) throw new Error(`${wire}: ${result.error.code} ${result.error.message}`)
      return result.value
    },
  }
}
