import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { mkdir, readFile, readdir, rename, writeFile } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { createCore, type Core } from '../../../../src/main/core'
import { DATA_FILE } from '../../../../src/main/store/data-store'
import type { FolderPreview } from '../../../../src/shared/contract/markdown'
import type { AppState, Note, NoteVersion } from '../../../../src/shared/model'
import { answerOf } from '../../../support/dispatch-answer'
import { tempDir } from '../../../support/temp-dir'
import { testServices } from '../../../support/test-services'
import { testClock, testDay } from '../../../support/test-clock'

let temp: Awaited<ReturnType<typeof tempDir>>
let services: ReturnType<typeof testServices>
let core: Core
const open = async (): Promise<Core> =>
  createCore({ dataDir: temp.dir, services, log: () => undefined, checkResponses: true, clock: testClock() })

beforeEach(async () => {
  temp = await tempDir()
  services = testServices(temp.dir)
  core = await open()
})
afterEach(async () => {
  await core.close()
  await temp.remove()
})

const ok = <T>(wire: string, payload?: unknown): Promise<T> => answerOf<T>(core, wire, payload)
async function failure(wire: string, payload?: unknown): Promise<string> {
  const result = await core.dispatch(wire, payload)
  if (result.ok) throw new Error(`${wire} succeeded`)
  return result.error.message
}
const note = (skillId: string, title: string, body: string): Promise<{ id: string }> =>
  ok('notes:create', { skillId, title, body })
const onDisk = async (): Promise<AppState> => JSON.parse(await readFile(join(temp.dir, DATA_FILE), 'utf8')) as AppState

/** Every file under `dir`, as paths from it, sorted. */
async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort()
}

/** A new folder for the dialog to answer. */
async function folder(name: string): Promise<string> {
  const path = join(temp.dir, name)
  await mkdir(path, { recursive: true })
  services.folderAnswers.push(path)
  return path
}

describe('exporting the notes as a Markdown folder', () => {
  it('writes a .md file with front matter per note, in a folder per skill, every name made safe and unique', async () => {
    const joins = await note('databases', 'Joins', '# Joins\n\nSee [[Indexes]].')
    await note('databases', 'joins', 'second')
    await note('databases', '../../escape/CON', 'sneaky')
    await note('apis', '', 'no title')
    const out = await folder('vault')
    expect(await ok('markdown:exportFolder')).toEqual({
      path: out,
      notes: 4,
      skills: 2,
      inNewFolder: false,
      pictures: 0,
      missingPictures: 0,
    })
    expect(await filesUnder(out)).toEqual([
      'APIs/Untitled.md',
      'Databases/-..-escape-CON.md',
      'Databases/Joins.md',
      'Databases/joins 2.md',
    ])
    // Nothing landed beside the chosen folder.
    expect((await readdir(temp.dir)).filter((name) => !['vault', 'backups', DATA_FILE].includes(name))).toEqual([])
    const stored = core.store.state.notes[joins.id] as Note
    expect(await readFile(join(out, 'Databases/Joins.md'), 'utf8')).toBe(
      `---\nid: "${joins.id}"\nskill: "databases"\ntitle: "Joins"\ncreated: "${stored.createdAt}"\nupdated: "${stored.updatedAt}"\n---\n\n# Joins\n\nSee [[Indexes]].`,
    )
    expect(await readFile(join(out, 'Databases/-..-escape-CON.md'), 'utf8')).toContain('title: "../../escape/CON"')
  })

  it('writes into a new folder inside a chosen folder that holds files already, numbered when one exists', async () => {
    await note('databases', 'Joins', 'text')
    const out = await folder('busy')
    await writeFile(join(out, 'mine.txt'), 'keep me')
    const first = await ok<{ path: string; inNewFolder: boolean }>('markdown:exportFolder')
    expect(first).toMatchObject({ path: join(out, `Groundwork notes ${testDay()}`), inNewFolder: true })
    services.folderAnswers.push(out)
    expect(await ok('markdown:exportFolder')).toMatchObject({
      path: join(out, `Groundwork notes ${testDay()} 2`),
      inNewFolder: true,
    })
    expect(await readFile(join(out, 'mine.txt'), 'utf8')).toBe('keep me')
    expect(await filesUnder(out)).toEqual([
      `Groundwork notes ${testDay()} 2/Databases/Joins.md`,
      `Groundwork notes ${testDay()}/Databases/Joins.md`,
      'mine.txt',
    ])
  })

  it('says there is nothing to export before asking for a folder when there are no notes', async () => {
    services.folderAnswers.push(temp.dir)
    expect(await failure('markdown:exportFolder')).toBe('There are no notes to export yet. Write one on a skill first.')
    expect(services.folderAnswers).toEqual([temp.dir])
  })

  it('answers cancelled when the learner closes the folder dialog', async () => {
    await note('databases', 'Joins', 'text')
    expect(await ok('markdown:exportFolder')).toEqual({ cancelled: true })
    expect(await ok('markdown:chooseImport')).toEqual({ cancelled: true })
  })
})

describe('importing a Markdown folder', () => {
  it('updates notes by id, adds new ones with the skill their folder names or the learner picks, and changes nothing on a second import', async () => {
    const joins = await note('databases', 'Joins', 'old text')
    const indexes = await note('databases', 'Indexes', 'unchanged')
    const out = await folder('vault')
    await ok('markdown:exportFolder')
    const joinsFile = join(out, 'Databases/Joins.md')
    await writeFile(joinsFile, (await readFile(joinsFile, 'utf8')).replace('old text', 'new text from Obsidian'))
    await writeFile(join(out, 'Databases/Plain.md'), '# Plain\n\nWritten elsewhere.')
    await mkdir(join(out, 'Inbox'))
    await writeFile(join(out, 'Inbox/Idea.md'), '---\ntags: [idea]\n---\nAn idea.')
    await writeFile(join(out, 'Inbox/Broken.md'), '---\ntitle: "never closed\n---\nText')
    await writeFile(join(out, 'Inbox/picture.png'), 'png')

    services.folderAnswers.push(out)
    const preview = await ok<FolderPreview>('markdown:chooseImport')
    expect(preview).toMatchObject({
      folder: { name: 'vault', path: out },
      added: 2,
      updated: 1,
      unchanged: 1,
      otherFiles: 1,
      otherKeys: ['tags'],
      skipped: [],
    })
    expect(preview.place).toEqual([
      { folder: 'Databases', plain: 1, broken: 0, skillId: 'databases' },
      { folder: 'Inbox', plain: 1, broken: 1, skillId: null },
    ])
    expect(preview.broken).toEqual([
      { path: 'Inbox/Broken.md', reason: expect.stringMatching(/^its front matter cannot be read: /) },
    ])
    expect(await ok('search:query', { text: 'Obsidian' })).toMatchObject({ hits: [] })
    // Nothing is written before the learner confirms.
    expect((await onDisk()).notes[joins.id]?.body).toBe('old text')

    expect(
      await failure('imports:confirm', {
        token: preview.token,
        folder: { skills: [{ folder: 'Databases', skillId: 'databases' }], includeBroken: false },
      }),
    ).toBe('Choose a skill for the notes in the folder Inbox first.')
    // The preview still waits after a refused choice.
    const done = await ok<{ added: number; updated: number; safetyBackup: string | null }>('imports:confirm', {
      token: preview.token,
      folder: {
        skills: [
          { folder: 'Databases', skillId: 'databases' },
          { folder: 'Inbox', skillId: 'apis' },
        ],
        includeBroken: true,
      },
    })
    expect(done).toMatchObject({ added: 3, updated: 1 })
    expect(done.safetyBackup).toMatch(/groundwork-.*\.json$/)

    const state = await onDisk()
    const notes = Object.values(state.notes)
    expect(notes).toHaveLength(5)
    expect(state.notes[joins.id]).toMatchObject({
      title: 'Joins',
      body: 'new text from Obsidian',
      skillId: 'databases',
    })
    expect(state.notes[indexes.id]?.body).toBe('unchanged')
    expect(state.noteHistory[joins.id]?.at(-1)).toMatchObject<Partial<NoteVersion>>({
      body: 'old text',
      reason: 'import',
    })
    expect(notes.find((n) => n.title === 'Plain')).toMatchObject({
      skillId: 'databases',
      body: '# Plain\n\nWritten elsewhere.',
    })
    expect(notes.find((n) => n.title === 'Idea')).toMatchObject({ skillId: 'apis', body: 'An idea.' })
    expect(notes.find((n) => n.title === 'Broken')).toMatchObject({
      skillId: 'apis',
      body: '---\ntitle: "never closed\n---\nText',
    })
    // The search index (built before the import) follows it: the new words are found, in the updated note and in an added one.
    expect(await ok('search:query', { text: 'Obsidian' })).toMatchObject({ hits: [{ kind: 'note', noteId: joins.id }] })
    expect(await ok('search:query', { text: 'elsewhere' })).toMatchObject({
      hits: [{ kind: 'note', noteId: notes.find((n) => n.title === 'Plain')?.id }],
    })
    // The backup taken first holds the notes as they were.
    const before = JSON.parse(await readFile(done.safetyBackup ?? '', 'utf8')) as AppState
    expect(before.notes[joins.id]?.body).toBe('old text')

    // The same folder again: the files without an id are found among the notes, so none comes in twice.
    services.folderAnswers.push(out)
    expect(await ok<FolderPreview>('markdown:chooseImport')).toMatchObject({
      added: 0,
      updated: 0,
      unchanged: 5,
      place: [],
      broken: [],
    })
    // A second export and import of the same notes changes nothing and adds no copy.
    const again = await folder('vault-2')
    await ok('markdown:exportFolder')
    services.folderAnswers.push(again)
    const second = await ok<FolderPreview>('markdown:chooseImport')
    expect(second).toMatchObject({ added: 0, updated: 0, unchanged: 5, place: [], broken: [] })
    expect(
      await ok('imports:confirm', { token: second.token, folder: { skills: [], includeBroken: false } }),
    ).toMatchObject({ added: 0, updated: 0, safetyBackup: null })
    await core.close()
    core = await open()
    expect(Object.keys(core.store.state.notes)).toHaveLength(5)
  })

  it('keeps the id of a note new to this computer, so importing it again updates it instead of adding a copy', async () => {
    const out = await folder('from-elsewhere')
    await mkdir(join(out, 'SQL'))
    const file =
      '---\nid: "note-from-laptop"\nskill: "databases"\ntitle: "Window functions"\ncreated: "2026-10-01T09:00:00.000Z"\nupdated: "2026-10-02T09:00:00.000Z"\n---\n\nOVER (PARTITION BY ...)'
    await writeFile(join(out, 'SQL/Window functions.md'), file)
    const first = await ok<FolderPreview>('markdown:chooseImport')
    expect(first).toMatchObject({ added: 1, place: [] })
    await ok('imports:confirm', { token: first.token, folder: { skills: [], includeBroken: false } })
    expect(core.store.state.notes['note-from-laptop']).toEqual({
      id: 'note-from-laptop',
      skillId: 'databases',
      title: 'Window functions',
      body: 'OVER (PARTITION BY ...)',
      createdAt: '2026-10-01T09:00:00.000Z',
      updatedAt: '2026-10-02T09:00:00.000Z',
    })
    await writeFile(join(out, 'SQL/Window functions.md'), `${file}\n\nROW_NUMBER()`)
    services.folderAnswers.push(out)
    const second = await ok<FolderPreview>('markdown:chooseImport')
    expect(second).toMatchObject({ added: 0, updated: 1 })
    await ok('imports:confirm', { token: second.token, folder: { skills: [], includeBroken: false } })
    expect(Object.keys(core.store.state.notes)).toEqual(['note-from-laptop'])
  })

  it('takes a file renamed since the export (as Obsidian renames a note) as a new title, and keeps the written one for a numbered or made-safe name', async () => {
    const renamed = await note('databases', 'Joins', 'a')
    const numbered = await note('databases', 'joins', 'b')
    const unsafe = await note('databases', 'What is a/b?', 'c')
    const out = await folder('vault')
    await ok('markdown:exportFolder')
    await rename(join(out, 'Databases/Joins.md'), join(out, 'Databases/SQL joins.md'))
    services.folderAnswers.push(out)
    const preview = await ok<FolderPreview>('markdown:chooseImport')
    expect(preview).toMatchObject({ added: 0, updated: 1, unchanged: 2 })
    await ok('imports:confirm', { token: preview.token, folder: { skills: [], includeBroken: false } })
    const titles = [renamed, numbered, unsafe].map(({ id }) => core.store.state.notes[id]?.title)
    expect(titles).toEqual(['SQL joins', 'joins', 'What is a/b?'])
  })

  it('takes the skill named by its title in hand-written front matter', async () => {
    const out = await folder('by-hand')
    await writeFile(join(out, 'Caching.md'), '---\nskill: web servers\n---\nCache-Control headers.')
    const preview = await ok<FolderPreview>('markdown:chooseImport')
    expect(preview).toMatchObject({ added: 1, place: [] })
    await ok('imports:confirm', { token: preview.token, folder: { skills: [], includeBroken: false } })
    expect(Object.values(core.store.state.notes)).toMatchObject([
      { title: 'Caching', skillId: 'web-servers', body: 'Cache-Control headers.' },
    ])
  })

  it('skips, with a reason, a second file of one id, an id whose note waits in the trash, a title too long and a binary file', async () => {
    const gone = await note('databases', 'Deleted', 'text')
    await ok('notes:delete', { id: gone.id })
    const out = await folder('odd')
    const front = (id: string, title: string): string =>
      `---\nid: "${id}"\nskill: "databases"\ntitle: "${title}"\n---\n`
    await writeFile(join(out, 'A.md'), front('note-twice', 'A'))
    await writeFile(join(out, 'B.md'), front('note-twice', 'B'))
    await writeFile(join(out, 'C.md'), front(gone.id, 'C'))
    // Named as an export names a title that long: cut to MAX_NAME_BYTES.
    await writeFile(join(out, `${'x'.repeat(100)}.md`), front('note-long', 'x'.repeat(201)))
    await writeFile(join(out, 'E.md'), new Uint8Array([1, 0, 2]))
    const preview = await ok<FolderPreview>('markdown:chooseImport')
    expect(preview.added).toBe(1)
    expect(preview.skipped).toEqual([
      { path: 'E.md', reason: 'it holds binary data, not text' },
      { path: 'B.md', reason: 'it has the same id as A.md' },
      {
        path: 'C.md',
        reason: 'the note of its id waits in the trash: bring it back first, or delete the id line from the file',
      },
      { path: `${'x'.repeat(100)}.md`, reason: 'its title is longer than 200 characters' },
    ])
  })

  it('refuses a token it does not hold, and a skill the learner does not have', async () => {
    const out = await folder('plain')
    await writeFile(join(out, 'Loose.md'), 'loose')
    const preview = await ok<FolderPreview>('markdown:chooseImport')
    expect(
      await failure('imports:confirm', {
        token: preview.token,
        folder: { skills: [{ folder: '', skillId: 'no-such-skill' }], includeBroken: false },
      }),
    ).toBe('The skill chosen for the chosen folder itself no longer exists. Choose another.')
    await ok('imports:cancel', { token: preview.token })
    expect(
      await failure('imports:confirm', {
        token: preview.token,
        folder: { skills: [{ folder: '', skillId: 'apis' }], includeBroken: false },
      }),
    ).toBe(
      'This import is no longer waiting for confirmation: it was carried out or cancelled, a newer preview took its place, or it waited more than 15 minutes. Choose the folder again.',
    )
    expect(Object.keys(core.store.state.notes)).toEqual([])
  })
})
