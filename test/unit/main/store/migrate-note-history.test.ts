import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { DATA_FILE, DataStore } from '../../../../src/main/store/data-store'
import { migrate } from '../../../../src/main/store/migrations'
import { SCHEMA_VERSION } from '../../../../src/shared/model'
import { tempDir } from '../../../support/temp-dir'

let temp: Awaited<ReturnType<typeof tempDir>>
beforeEach(async () => (temp = await tempDir()))
afterEach(() => temp.remove())

const note = (id: string, body: string): Record<string, string> => ({
  id,
  skillId: 'apis',
  title: `Title of ${id}`,
  body,
  createdAt: '2026-10-01T09:00:00.000Z',
  updatedAt: '2026-10-02T09:00:00.000Z',
})
/** A data file as version 1 of Groundwork wrote it: notes, but no note history. */
const versionOne = {
  schemaVersion: 1,
  skills: { apis: { status: 'learning', confidence: 2, subtopics: { rest: true } } },
  notes: {
    'note-a': note('note-a', '# REST\n\nGET reads, **PUT** replaces.'),
    'note-b': note('note-b', 'Emoji 😀 and "quotes"\nand a [[link]]'),
  },
  settings: { theme: 'dark' },
}

describe('migrating a version-1 data file to note history', () => {
  it('adds an empty history and keeps every note exactly as it was', () => {
    const migrated = migrate(structuredClone(versionOne)) as Record<string, unknown>
    expect(migrated.schemaVersion).toBe(SCHEMA_VERSION)
    expect(migrated.noteHistory).toEqual({})
    expect(migrated.notes).toEqual(versionOne.notes)
    expect(migrated.settings).toEqual(versionOne.settings)
  })

  it('loads a version-1 file with all its notes and keeps the old file whole in backups before the first write', async () => {
    const oldText = JSON.stringify(versionOne)
    await writeFile(join(temp.dir, DATA_FILE), oldText)
    const { store, notices } = await DataStore.open(temp.dir)
    expect(notices).toEqual([])
    expect(store.state.notes).toEqual(versionOne.notes)
    expect(store.state.noteHistory).toEqual({})
    // Kept by the time open answers, so before any write can happen.
    expect(await readFile(join(temp.dir, 'backups', 'groundwork-data-v1.json'), 'utf8')).toBe(oldText)

    await store.update((state) => void (state.settings.theme = 'light'))
    await store.flush()
    const onDisk = JSON.parse(await readFile(join(temp.dir, DATA_FILE), 'utf8')) as {
      schemaVersion: number
      notes: unknown
      noteHistory: unknown
    }
    expect(onDisk).toMatchObject({ schemaVersion: SCHEMA_VERSION, notes: versionOne.notes, noteHistory: {} })
    expect(await readFile(join(temp.dir, 'backups', 'groundwork-data-v1.json'), 'utf8')).toBe(oldText)

    // The file is in the new format now: opening it again keeps no second copy.
    await DataStore.open(temp.dir).then(({ store: again }) => again.flush())
    expect((await readdir(join(temp.dir, 'backups'))).filter((name) => name.startsWith('groundwork-data-v'))).toEqual([
      'groundwork-data-v1.json',
    ])
  })

  it('never writes over an earlier kept copy', async () => {
    await writeFile(join(temp.dir, DATA_FILE), JSON.stringify(versionOne))
    await (await DataStore.open(temp.dir)).store.flush()
    const second = { ...versionOne, settings: { theme: 'light' } }
    await writeFile(join(temp.dir, DATA_FILE), JSON.stringify(second))
    await (await DataStore.open(temp.dir)).store.flush()
    expect(await readFile(join(temp.dir, 'backups', 'groundwork-data-v1.json'), 'utf8')).toBe(
      JSON.stringify(versionOne),
    )
    expect(await readFile(join(temp.dir, 'backups', 'groundwork-data-v1-2.json'), 'utf8')).toBe(JSON.stringify(second))
  })
})
