import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { DATA_FILE, DataStore, parseState } from '../../../../src/main/store/data-store'
import { BACKUPS_KEPT, listBackups, writeBackup } from '../../../../src/main/store/backups'
import { SCHEMA_VERSION, freshState } from '../../../../src/shared/model'
import { tempDir } from '../../../support/temp-dir'

let temp: Awaited<ReturnType<typeof tempDir>>
beforeEach(async () => (temp = await tempDir()))
afterEach(() => temp.remove())

const dataPath = (): string => join(temp.dir, DATA_FILE)
const onDisk = async (): Promise<unknown> => JSON.parse(await readFile(dataPath(), 'utf8'))

describe('DataStore', () => {
  it('starts fresh without a notice when there is no data file', async () => {
    const { store, notices } = await DataStore.open(temp.dir)
    expect(notices).toEqual([])
    expect(store.state).toEqual(freshState())
  })

  it('has a change on disk by the time update resolves, and reloads it', async () => {
    const { store } = await DataStore.open(temp.dir)
    await store.update((s) => void (s.skills.apis = { status: 'done', confidence: 3, subtopics: {} }))
    expect(await onDisk()).toMatchObject({ schemaVersion: SCHEMA_VERSION, skills: { apis: { status: 'done' } } })
    const reopened = await DataStore.open(temp.dir)
    expect(reopened.store.state.skills.apis?.status).toBe('done')
  })

  it('coalesces concurrent updates into few writes and keeps every one of them', async () => {
    const { store } = await DataStore.open(temp.dir)
    const ids = Array.from({ length: 200 }, (_, i) => `skill-${i}`)
    await Promise.all(
      ids.map((id) => store.update((s) => void (s.skills[id] = { status: 'learning', confidence: 1, subtopics: {} }))),
    )
    expect(store.writeCount).toBeLessThanOrEqual(3)
    const saved = (await onDisk()) as { skills: Record<string, unknown> }
    expect(Object.keys(saved.skills)).toHaveLength(200)
  })

  it('migrates an unversioned file step by step', async () => {
    await writeFile(dataPath(), JSON.stringify({ skills: { dsa: { status: 'learning' } } }))
    const { store, notices } = await DataStore.open(temp.dir)
    expect(notices).toEqual([])
    expect(store.state.schemaVersion).toBe(SCHEMA_VERSION)
    expect(store.state.skills.dsa).toMatchObject({ status: 'learning', confidence: 0, subtopics: {} })
  })

  it('keeps a truncated file aside, restores the newest valid backup and says so', async () => {
    const first = await DataStore.open(temp.dir)
    await first.store.update((s) => void (s.skills.apis = { status: 'done', confidence: 0, subtopics: {} }))
    await first.store.backupNow()
    const good = JSON.stringify(first.store.state)
    await writeFile(dataPath(), good.slice(0, good.length / 2))
    const bad = await readFile(dataPath())

    const { store, notices } = await DataStore.open(temp.dir)
    expect(store.state.skills.apis?.status).toBe('done')
    expect(notices).toHaveLength(1)
    expect(notices[0]?.message).toMatch(/not valid JSON/)
    expect(notices[0]?.message).toMatch(/restored from the backup/)
    const keptAside = notices[0]?.path ?? ''
    expect(await readFile(keptAside)).toEqual(bad)
    expect(parseState(await readFile(dataPath(), 'utf8')).skills.apis?.status).toBe('done')
  })

  it('starts fresh and says so when neither the file nor any backup is usable', async () => {
    await writeFile(dataPath(), '{"schemaVersion":1,"skills":{"apis":{"status":"mastered"}}}')
    const { store, notices } = await DataStore.open(temp.dir)
    expect(store.state).toEqual(freshState())
    expect(notices[0]?.message).toMatch(/expected shape.*started with empty data/s)
  })

  it('refuses a file from a newer version instead of guessing', async () => {
    await writeFile(dataPath(), JSON.stringify({ schemaVersion: SCHEMA_VERSION + 1, skills: {} }))
    const { notices } = await DataStore.open(temp.dir)
    expect(notices[0]?.message).toMatch(/newer version of Groundwork/)
  })

  it('skips a corrupt backup and restores an older valid one', async () => {
    const backups = join(temp.dir, 'backups')
    const older = { ...freshState(), skills: { dsa: { status: 'done', confidence: 0, subtopics: {} } } }
    await writeBackup(backups, JSON.stringify(older), new Date('2026-01-01T00:00:00Z'))
    await writeBackup(backups, '{"schemaVersion":1,', new Date('2026-02-01T00:00:00Z'))
    await writeFile(dataPath(), '')
    const { store, notices } = await DataStore.open(temp.dir)
    expect(store.state.skills.dsa?.status).toBe('done')
    expect(notices[0]?.message).toMatch(/empty/)
  })
})

describe('backups', () => {
  it('takes one on start, not again while nothing changed', async () => {
    // Each start's backup runs in the background; a restart waits for it as closing the app does.
    const start = async (): Promise<DataStore> => {
      const { store } = await DataStore.open(temp.dir)
      await store.backupsSettled()
      return store
    }
    const store = await start()
    await store.update((s) => void (s.settings.theme = 'dark'))
    await start()
    await start()
    const names = await listBackups(join(temp.dir, 'backups'))
    expect(names).toHaveLength(2)
  })

  it('keeps only the newest ones', async () => {
    const folder = join(temp.dir, 'backups')
    for (let i = 0; i < BACKUPS_KEPT + 4; i += 1)
      await writeBackup(folder, `{"n":${i}}`, new Date(Date.UTC(2026, 0, 1, 0, 0, i)))
    const names = await listBackups(folder)
    expect(names).toHaveLength(BACKUPS_KEPT)
    expect(JSON.parse(await readFile(join(folder, names[0] ?? ''), 'utf8'))).toEqual({ n: BACKUPS_KEPT + 3 })
    expect((await readdir(folder)).length).toBe(BACKUPS_KEPT)
  })
})

describe('freshState', () => {
  it('gives every call its own objects', () => {
    const a = freshState()
    a.skills.apis = { status: 'done', confidence: 0, subtopics: {} }
    expect(freshState().skills).toEqual({})
  })
})
