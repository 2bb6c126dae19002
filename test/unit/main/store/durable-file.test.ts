import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { WINDOWS_RENAME_DELAYS, writeDurably, type RenameRetry } from '../../../../src/main/store/durable-file'
import { errnoError } from '../../../support/faults'
import { tempDir } from '../../../support/temp-dir'

let temp: Awaited<ReturnType<typeof tempDir>>
beforeEach(async () => (temp = await tempDir()))
afterEach(() => temp.remove())

describe('writeDurably', () => {
  it('replaces a file with new text and leaves no temp file behind', async () => {
    const path = join(temp.dir, 'data.json')
    await writeFile(path, 'old content that is longer than the new one')
    await writeDurably(path, '{"n":1}')
    expect(await readFile(path, 'utf8')).toBe('{"n":1}')
    expect(await readdir(temp.dir)).toEqual(['data.json'])
  })

  it('writes many chunks in order, across several writev batches', async () => {
    const path = join(temp.dir, 'chunks.json')
    const parts = Array.from({ length: 2000 }, (_, i) => `${i},é;`)
    await writeDurably(
      path,
      parts.map((part) => Buffer.from(part)),
    )
    expect(await readFile(path, 'utf8')).toBe(parts.join(''))
  })

  it('keeps the old file and cleans up when the replace fails', async () => {
    // A non-empty folder where the file should go makes the rename fail after the temp file is written.
    const path = join(temp.dir, 'blocked')
    await mkdir(path)
    await writeFile(join(path, 'inside'), 'x')
    await expect(writeDurably(path, 'new')).rejects.toThrow()
    expect((await readdir(temp.dir)).sort()).toEqual(['blocked'])
  })

  it('raises a missing folder as an error', async () => {
    await expect(writeDurably(join(temp.dir, 'nope', 'data.json'), 'x')).rejects.toMatchObject({ code: 'ENOENT' })
  })
})

describe('writeDurably when the rename is refused', () => {
  // Stands in for Windows refusing the rename while another process holds the target open:
  // the first `times` renames fail with `code`, later ones rename for real.
  function refusingRename(code: string, times: number) {
    const errors: NodeJS.ErrnoException[] = []
    const slept: number[] = []
    const retry: RenameRetry = {
      async rename(from, to) {
        if (errors.length >= times) return rename(from, to)
        const error = errnoError(code, 'rename', to)
        errors.push(error)
        throw error
      },
      sleep: (ms) => Promise.resolve(slept.push(ms)),
      delays: [5, 10, 20],
    }
    return { retry, errors, slept }
  }

  async function existingFile(): Promise<string> {
    const path = join(temp.dir, 'data.json')
    await writeFile(path, 'old')
    return path
  }

  it.each(['EPERM', 'EBUSY', 'EACCES'])(
    'retries a passing %s with growing waits, then replaces the file',
    async (code) => {
      const path = await existingFile()
      const { retry, errors, slept } = refusingRename(code, 2)
      await writeDurably(path, 'new', retry)
      expect(errors).toHaveLength(2)
      expect(slept).toEqual([5, 10])
      expect(await readFile(path, 'utf8')).toBe('new')
      expect(await readdir(temp.dir)).toEqual(['data.json'])
    },
  )

  it('gives up after the last wait with the last error as raised, keeping the old file and no temp file', async () => {
    const path = await existingFile()
    const { retry, errors, slept } = refusingRename('EBUSY', Infinity)
    const failure = await writeDurably(path, 'new', retry).catch((e: unknown) => e)
    expect(errors).toHaveLength(4)
    expect(slept).toEqual([5, 10, 20])
    expect(failure).toBe(errors[3])
    expect(await readFile(path, 'utf8')).toBe('old')
    expect(await readdir(temp.dir)).toEqual(['data.json'])
  })

  it.each(['ENOSPC', 'ENOENT'])('does not retry %s', async (code) => {
    const path = await existingFile()
    const { retry, errors, slept } = refusingRename(code, Infinity)
    const failure = await writeDurably(path, 'new', retry).catch((e: unknown) => e)
    expect(errors).toHaveLength(1)
    expect(failure).toBe(errors[0])
    expect(slept).toEqual([])
    expect(await readdir(temp.dir)).toEqual(['data.json'])
  })

  it('waits on Windows a little longer each time, between 1 and 2 s in all', () => {
    const total = WINDOWS_RENAME_DELAYS.reduce((sum, ms) => sum + ms, 0)
    expect(total).toBeGreaterThanOrEqual(1000)
    expect(total).toBeLessThanOrEqual(2000)
    WINDOWS_RENAME_DELAYS.slice(1).forEach((ms, i) => expect(ms).toBeGreaterThan(WINDOWS_RENAME_DELAYS[i] ?? 0))
  })
})
