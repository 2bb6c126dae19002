import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { findFolderPictures } from '../../../../src/main/folder/folder-pictures'
import { readMarkdownFolder } from '../../../../src/main/folder/read-folder'
import { PARSE_JOBS } from '../../../../src/main/parse/parse-jobs'
import { tempDir } from '../../../support/temp-dir'
import { pngBytes, storedName } from '../../../support/png'

let temp: Awaited<ReturnType<typeof tempDir>>
beforeEach(async () => (temp = await tempDir()))
afterEach(() => temp.remove())

/** The folder read and its pictures found, as the import does (the parse job run in this thread). */
async function pictures(limits: { pictures: number; bytes: number }) {
  const contents = await readMarkdownFolder(temp.dir)
  return findFolderPictures(contents, PARSE_JOBS.noteFiles(contents.files.map((file) => file.text)), limits)
}

describe('the pictures of a folder import, within their limits', () => {
  beforeEach(async () => {
    for (const n of [1, 2, 3]) await writeFile(join(temp.dir, `p${n}.png`), pngBytes(`picture ${n}`))
    await writeFile(join(temp.dir, 'Note.md'), '![[p1.png]] ![[p2.png]] ![[p3.png]]')
  })

  it('reads at most the number of picture files allowed, and lists the links past it', async () => {
    const found = await pictures({ pictures: 2, bytes: 1_000_000 })
    expect(found.sources.size).toBe(2)
    expect(found.problems).toEqual([
      { path: 'Note.md', reason: 'its picture p3.png was left as written: the folder links more than 2 pictures' },
    ])
    expect(found.contents.files[0]?.text).toBe(
      `![p1](attachments/${storedName(pngBytes('picture 1'))}) ![p2](attachments/${storedName(pngBytes('picture 2'))}) ![[p3.png]]`,
    )
  })

  it('stops reading once the pictures read pass the bytes allowed, and lists the links past it', async () => {
    for (const n of [4, 5, 6, 7, 8, 9, 10]) await writeFile(join(temp.dir, `p${n}.png`), pngBytes(`picture ${n}`))
    await writeFile(join(temp.dir, 'Note.md'), Array.from({ length: 10 }, (_, i) => `![[p${i + 1}.png]]`).join(' '))
    // Files are read eight at a time: the first eight pass a limit of one byte, then nothing more is read.
    const found = await pictures({ pictures: 100, bytes: 1 })
    expect(found.sources.size).toBe(8)
    expect(found.problems.map((problem) => problem.reason)).toEqual([
      expect.stringMatching(
        /^its picture p9\.png was left as written: the pictures linked before it hold \d+ MB already$/,
      ),
      expect.stringMatching(/^its picture p10\.png was left as written: /),
    ])
  })
})
