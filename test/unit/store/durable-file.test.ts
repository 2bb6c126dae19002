import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { writeDurably } from '../../../src/main/store/durable-file'
import { tempDir } from '../../support/temp-dir'

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
    await writeDurably(path, parts.map((part) => Buffer.from(part)))
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
