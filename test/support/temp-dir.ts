import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/**
 * A fresh temp folder, and its removal. A store opened in a test may still be writing its
 * start-up backup (it runs in the background) when the test ends: removal retries until done.
 */
export async function tempDir(prefix = 'groundwork-test-'): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), prefix))
  return { dir, remove: () => rm(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 20 }) }
}
