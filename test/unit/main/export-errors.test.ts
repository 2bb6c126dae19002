import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { createCore, type Core } from '../../../src/main/core'
import { DEFAULT_REPORT_OPTIONS } from '../../../src/shared/report/defaults'
import { tempDir } from '../../support/temp-dir'
import { testServices } from '../../support/test-services'
import { testClock } from '../../support/test-clock'

let temp: Awaited<ReturnType<typeof tempDir>>
let core: Core
/** Where the next save dialog answers; each test points it somewhere that cannot be written. */
let chosen = ''

beforeEach(async () => {
  temp = await tempDir()
  const services = { ...testServices(temp.dir), showSaveDialog: () => Promise.resolve(chosen) }
  core = await createCore({
    dataDir: temp.dir,
    services,
    log: () => undefined,
    checkResponses: true,
    clock: testClock(),
  })
})
afterEach(async () => {
  await core.close()
  await temp.remove()
})

/** Places the learner may pick that cannot take a file, and what they are told about each. */
const places: Array<[string, () => Promise<string>, string]> = [
  [
    'a folder that is gone',
    () => Promise.resolve(join(temp.dir, 'unplugged-drive', 'out.file')),
    'the folder does not exist (ENOENT)',
  ],
  [
    'a path under a file',
    async () => {
      await writeFile(join(temp.dir, 'plain.txt'), 'not a folder')
      return join(temp.dir, 'plain.txt', 'out.file')
    },
    'a file stands where a folder must be (ENOTDIR)',
  ],
]

describe('an export to a place that cannot be written', () => {
  it.each(places)('says the report could not be saved to %s, and why', async (_name, place, reason) => {
    chosen = await place()
    const result = await core.dispatch('reports:export', { format: 'md', options: DEFAULT_REPORT_OPTIONS })
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'io-error',
        message: expect.stringContaining(`Could not save the report to ${chosen}: ${reason}.`),
      },
    })
    expect(!result.ok && result.error.message).not.toMatch(/kept in memory|retried/)
  })

  it.each(places)('says the full backup could not be saved to %s, and why', async (_name, place, reason) => {
    chosen = await place()
    const result = await core.dispatch('backup:exportJson', undefined)
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'io-error',
        message: expect.stringContaining(`Could not save the backup to ${chosen}: ${reason}.`),
      },
    })
    expect(!result.ok && result.error.message).not.toMatch(/kept in memory|retried/)
    // Nothing of the learner's data was touched by the failed export.
    expect(core.store.writeCount).toBe(0)
  })
})
