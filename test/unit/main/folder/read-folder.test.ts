import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { mkdir, open, symlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { readMarkdownFolder, FOLDER_LIMITS } from '../../../../src/main/folder/read-folder'
import { MAX_NOTE_CHARS } from '../../../../src/shared/notes/limits'
import { AppError } from '../../../../src/shared/result'
import { tempDir } from '../../../support/temp-dir'

let temp: Awaited<ReturnType<typeof tempDir>>
let root: string
beforeEach(async () => {
  temp = await tempDir()
  root = join(temp.dir, 'vault')
  await mkdir(root)
})
afterEach(() => temp.remove())

/** Writes `text` at `path` under the vault, making its folders. */
async function put(path: string, text: string | Uint8Array): Promise<void> {
  await mkdir(join(root, path, '..'), { recursive: true })
  await writeFile(join(root, path), text)
}

/** The AppError a promise rejects with. */
async function refusal(pending: Promise<unknown>): Promise<AppError> {
  const error = await pending.then(
    () => null,
    (e: unknown) => e,
  )
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`)
  return error
}

describe('reading a folder of Markdown files', () => {
  it('reads the .md files of every folder, with their folder and name, and counts the other files', async () => {
    await put('Top.md', '# Top')
    await put('Databases/Joins.md', 'Joins')
    await put('Databases/Deeper/Indexes.MD', 'Indexes')
    await put('Databases/diagram.png', 'png')
    await put('readme.txt', 'text')
    const read = await readMarkdownFolder(root)
    expect(read.files).toEqual([
      { path: 'Top.md', folder: '', name: 'Top', text: '# Top' },
      { path: 'Databases/Joins.md', folder: 'Databases', name: 'Joins', text: 'Joins' },
      { path: 'Databases/Deeper/Indexes.MD', folder: 'Databases/Deeper', name: 'Indexes', text: 'Indexes' },
    ])
    expect(read.skipped).toEqual([])
    expect(read.otherFiles).toBe(2)
  })

  it('does not look into hidden folders like .obsidian, .git and .trash, nor at hidden files', async () => {
    await put('.obsidian/workspace.md', 'config')
    await put('.git/HEAD.md', 'git')
    await put('.trash/Old.md', 'old')
    await put('.hidden.md', 'hidden')
    await put('Kept.md', 'kept')
    const read = await readMarkdownFolder(root)
    expect(read.files.map((file) => file.path)).toEqual(['Kept.md'])
    expect(read.skipped).toEqual([])
  })

  it('follows no link out of the folder: links to files and to folders are listed as skipped', async () => {
    const outside = join(temp.dir, 'outside')
    await mkdir(outside)
    await writeFile(join(outside, 'Secret.md'), 'secret')
    await symlink(outside, join(root, 'Linked folder'), 'dir')
    await symlink(join(outside, 'Secret.md'), join(root, 'Secret.md'))
    await put('Mine.md', 'mine')
    const read = await readMarkdownFolder(root)
    expect(read.files.map((file) => file.text)).toEqual(['mine'])
    expect(read.skipped).toEqual([
      { path: 'Linked folder', reason: 'it is a link; links are not followed' },
      { path: 'Secret.md', reason: 'it is a link; links are not followed' },
    ])
  })

  it('skips and lists binary files and files that are not UTF-8, never reading them as notes', async () => {
    await put('Binary.md', new Uint8Array([0x23, 0x20, 0x00, 0x01, 0x02]))
    await put('Latin1.md', new Uint8Array([0x63, 0x61, 0x66, 0xe9]))
    await put('Good.md', 'café')
    const read = await readMarkdownFolder(root)
    expect(read.files.map((file) => file.text)).toEqual(['café'])
    expect(read.skipped).toEqual([
      { path: 'Binary.md', reason: 'it holds binary data, not text' },
      { path: 'Latin1.md', reason: 'it is not UTF-8 text' },
    ])
  })

  it('skips a file longer than a note can be, and one too large to read at all, without cutting either short', async () => {
    await put('Long.md', 'x'.repeat(MAX_NOTE_CHARS + 1))
    const handle = await open(join(root, 'Huge.md'), 'w')
    await handle.truncate(200 * 1024 * 1024)
    await handle.close()
    await put('Fits.md', 'y'.repeat(MAX_NOTE_CHARS))
    const read = await readMarkdownFolder(root)
    expect(read.files.map((file) => [file.path, file.text.length])).toEqual([['Fits.md', MAX_NOTE_CHARS]])
    expect(read.skipped).toEqual([
      { path: 'Huge.md', reason: 'it is 200 MB, larger than any note can be' },
      { path: 'Long.md', reason: 'it holds 1,000,001 characters; a note holds at most 1,000,000' },
    ])
  })

  // Making 10,000 files takes a few seconds on a busy 2-core machine: the time limit is the setup's, not the walk's.
  it(
    'refuses a folder of 10,000 Markdown files with a clear message, before reading any',
    { timeout: 60_000 },
    async () => {
      await mkdir(join(root, 'many'))
      await Promise.all(
        Array.from({ length: 10_000 }, (_, i) => writeFile(join(root, 'many', `n${i}.md`), `note ${i}`)),
      )
      const error = await refusal(readMarkdownFolder(root))
      expect(error.code).toBe('too-large')
      expect(error.message).toBe(
        'This folder holds more than 5,000 Markdown files; Groundwork imports at most 5,000 at once. Choose a folder with fewer notes. Nothing was imported.',
      )
    },
  )

  it('refuses Markdown files that are too large together, and a folder with too many entries', async () => {
    await put('a.md', 'a'.repeat(600))
    await put('b.md', 'b'.repeat(600))
    await put('c.txt', 'c')
    expect((await refusal(readMarkdownFolder(root, { ...FOLDER_LIMITS, bytes: 1000 }))).message).toBe(
      'The Markdown files in this folder hold 2 KB together; Groundwork imports at most 1 KB at once. Choose a folder with fewer notes. Nothing was imported.',
    )
    expect((await refusal(readMarkdownFolder(root, { ...FOLDER_LIMITS, entries: 2 }))).message).toBe(
      'This folder holds more than 2 files and folders. Choose the folder that holds your notes. Nothing was imported.',
    )
  })

  it('stops at the depth limit and lists the folder it did not enter', async () => {
    await put('one/two/three/Deep.md', 'deep')
    await put('one/Shallow.md', 'shallow')
    const read = await readMarkdownFolder(root, { ...FOLDER_LIMITS, depth: 2 })
    expect(read.files.map((file) => file.path)).toEqual(['one/Shallow.md'])
    expect(read.skipped).toEqual([{ path: 'one/two/three', reason: 'it lies more than 2 folders deep' }])
  })

  it('says so when the chosen folder is missing or a file', async () => {
    expect((await refusal(readMarkdownFolder(join(root, 'gone')))).message).toMatch(
      /^Could not open .*gone: the folder does not exist \(ENOENT\)\.$/,
    )
    await put('file.md', 'x')
    expect((await refusal(readMarkdownFolder(join(root, 'file.md')))).message).toMatch(/file\.md is not a folder\.$/)
  })
})
