import { readFile, readdir, writeFile, mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { DataStore, DATA_FILE, parseState } from '../../../../src/main/store/data-store'
import { tempName } from '../../../../src/main/store/durable-file'
import { createCore } from '../../../../src/main/core'
import { SCHEMA_VERSION } from '../../../../src/shared/model'
import { errnoError, failingLikeFullDisk, type Faults } from '../../../support/faults'
import { tempDir } from '../../../support/temp-dir'
import { testServices } from '../../../support/test-services'
import { testClock } from '../../../support/test-clock'

const faults = vi.hoisted((): Faults => ({ diskFull: false, unreadable: new Set<string>() }))

// Permissions: tests run as root, for whom chmod 000 does not block reads, so EACCES is
// raised by wrapping readFile for the chosen paths; everything else reads the real disk.
vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>()
  const readFile = (async (path: Parameters<typeof real.readFile>[0], ...rest: unknown[]) => {
    if (typeof path === 'string' && faults.unreadable.has(path)) throw errnoError('EACCES', 'open', path)
    return (real.readFile as (...args: unknown[]) => Promise<unknown>)(path, ...rest)
  }) as typeof real.readFile
  // Full disk: a new temp file ('wx') accepts half of what is written, then the write fails.
  const open = (async (path: Parameters<typeof real.open>[0], flags?: string | number, mode?: number) => {
    const handle = await real.open(path, flags, mode)
    return faults.diskFull && flags === 'wx' ? failingLikeFullDisk(handle, String(path)) : handle
  }) as typeof real.open
  return { ...real, default: { ...real, readFile, open }, readFile, open }
})

let dir: string
let remove: () => Promise<void>
beforeEach(async () => {
  ;({ dir, remove } = await tempDir('groundwork-corrupt-'))
  faults.diskFull = false
  faults.unreadable.clear()
})
afterEach(() => remove())

/** Saves a learner's change with a backup of it, and returns the backup file's bytes by name. */
async function goodDataWithBackup(): Promise<Map<string, string>> {
  const { store } = await DataStore.open(dir)
  await store.update(
    (s) =>
      void (s.skills.apis = { status: 'done', confidence: 4, subtopics: {}, updatedAt: '2025-01-02T03:04:05.000Z' }),
  )
  await store.backupNow()
  return snapshot(store.backupsDir)
}

async function snapshot(folder: string): Promise<Map<string, string>> {
  const names = await readdir(folder)
  return new Map(
    await Promise.all(names.map(async (n) => [n, await readFile(join(folder, n), 'utf8')] as [string, string])),
  )
}

const goodText = JSON.stringify({
  schemaVersion: SCHEMA_VERSION,
  skills: { apis: { status: 'done', confidence: 4, subtopics: {} } },
})

/** The bad files the app must survive, as bytes on disk. */
const badFiles: Array<[string, string, RegExp]> = [
  ['a truncated file', goodText.slice(0, Math.floor(goodText.length / 2)), /not valid JSON/],
  ['a zero-byte file', '', /empty/],
  ['invalid JSON', '{"schemaVersion": 1, skills: nope', /not valid JSON/],
  ['valid JSON of the wrong shape (array)', '[1,2,3]', /expected shape/],
  [
    'valid JSON of the wrong shape (bad field)',
    JSON.stringify({ schemaVersion: 1, skills: { apis: { status: 'mastered' } } }),
    /expected shape/,
  ],
  [
    'a file from a newer schemaVersion',
    JSON.stringify({ schemaVersion: SCHEMA_VERSION + 1, skills: {} }),
    /newer version/,
  ],
]

describe('a bad data file on start', () => {
  it.each(badFiles)(
    '%s: keeps it aside byte for byte, restores the newest valid backup, and says so',
    async (_name, bad, reason) => {
      const backupsBefore = await goodDataWithBackup()
      await writeFile(join(dir, DATA_FILE), bad)

      const { store, notices } = await DataStore.open(dir)

      expect(notices).toHaveLength(1)
      const [notice] = notices
      expect(notice?.level).toBe('warning')
      expect(notice?.message).toMatch(reason)
      expect(notice?.message).toMatch(/restored from the backup/)
      expect(notice?.path).toBeTruthy()
      expect(notice?.message).toContain(notice?.path)
      expect(await readFile(notice?.path ?? '', 'utf8')).toBe(bad)
      expect(store.state.skills.apis?.status).toBe('done')
      // The data file is whole again, and no good backup was replaced or joined by bad data.
      expect(parseState(await readFile(join(dir, DATA_FILE), 'utf8')).skills.apis?.status).toBe('done')
      // The start-up backup is written beside the first screen: the folder is read once it is done, not through its temp file.
      await store.backupsSettled()
      const backupsAfter = await snapshot(store.backupsDir)
      for (const [name, text] of backupsBefore) expect(backupsAfter.get(name)).toBe(text)
      for (const text of backupsAfter.values()) expect(() => parseState(text)).not.toThrow()
      console.log(
        `corruption: case="${_name}" started=yes keptAside=yes restored=backup notice="${notice?.message.slice(0, 60)}…"`,
      )
    },
  )

  it('a file with a __proto__ key loads without polluting any prototype (zod drops the key)', async () => {
    await writeFile(
      join(dir, DATA_FILE),
      '{"schemaVersion":1,"skills":{"__proto__":{"status":"done"},"apis":{"status":"learning"}}}',
    )
    const { store, notices } = await DataStore.open(dir)
    expect(notices).toEqual([])
    expect(store.state.skills.apis?.status).toBe('learning')
    expect(Object.keys(store.state.skills)).toEqual(['apis'])
    expect(({} as Record<string, unknown>).status).toBeUndefined()
  })

  it('an unreadable file (permission denied, simulated): kept aside, backup restored, learner told', async () => {
    await goodDataWithBackup()
    const path = join(dir, DATA_FILE)
    const original = await readFile(path, 'utf8')
    faults.unreadable.add(path)
    const { store, notices } = await DataStore.open(dir)
    expect(notices[0]?.message).toMatch(/permission denied/)
    expect(notices[0]?.message).toMatch(/restored from the backup/)
    faults.unreadable.clear()
    expect(await readFile(notices[0]?.path ?? '', 'utf8')).toBe(original)
    expect(store.state.skills.apis?.status).toBe('done')
    console.log('corruption: case="unreadable (EACCES)" started=yes keptAside=yes restored=backup')
  })

  it('with no backup at all: starts fresh and says so, still keeping the bad file', async () => {
    await writeFile(join(dir, DATA_FILE), '{"schemaVersion":')
    const { store, notices } = await DataStore.open(dir)
    expect(notices[0]?.message).toMatch(/started with empty data/)
    expect(await readFile(notices[0]?.path ?? '', 'utf8')).toBe('{"schemaVersion":')
    expect(store.state.skills).toEqual({})
    console.log('corruption: case="no backup" started=yes keptAside=yes restored=fresh')
  })

  it('skips a corrupt newest backup and restores the older valid one, leaving both untouched', async () => {
    const before = await goodDataWithBackup()
    const backups = join(dir, 'backups')
    const newer = 'groundwork-29991231T235959999Z.json'
    await writeFile(join(backups, newer), '{"schemaVersion":1,"skills":{"apis":')
    await writeFile(join(dir, DATA_FILE), 'garbage')
    const { store, notices } = await DataStore.open(dir)
    expect(notices[0]?.message).toMatch(/restored from the backup/)
    expect(store.state.skills.apis?.status).toBe('done')
    expect(await readFile(join(backups, newer), 'utf8')).toBe('{"schemaVersion":1,"skills":{"apis":')
    for (const [name, text] of before) expect(await readFile(join(backups, name), 'utf8')).toBe(text)
  })

  it('a good file opens without a notice, and stale temp files beside it are removed, others kept', async () => {
    await goodDataWithBackup()
    await writeFile(join(dir, tempName(DATA_FILE, 123456, 1)), '{"half')
    await writeFile(join(dir, `${DATA_FILE}.bak`), 'mine')
    const { store, notices } = await DataStore.open(dir)
    expect(notices).toEqual([])
    expect(store.state.skills.apis?.status).toBe('done')
    const names = await readdir(dir)
    expect(names).not.toContain(tempName(DATA_FILE, 123456, 1))
    expect(names).toContain(`${DATA_FILE}.bak`)
  })
})

describe('a full disk during a write (simulated: the write fails with ENOSPC)', () => {
  it('answers a clear io-error through the router, keeps the previous file valid, and saves on a later write', async () => {
    await mkdir(dir, { recursive: true })
    const log = vi.fn()
    const core = await createCore({
      dataDir: dir,
      services: testServices(dir),
      log,
      checkResponses: true,
      clock: testClock(),
    })
    expect(await core.dispatch('skills:setStatus', { skillId: 'apis', status: 'learning' })).toMatchObject({ ok: true })
    const path = join(dir, DATA_FILE)
    const before = await readFile(path, 'utf8')

    faults.diskFull = true
    const failed = await core.dispatch('skills:setStatus', { skillId: 'databases', status: 'done' })
    expect(failed).toEqual({
      ok: false,
      error: { code: 'io-error', message: expect.stringMatching(/Could not save to disk \(ENOSPC\)/) },
    })
    expect(await readFile(path, 'utf8')).toBe(before)
    expect(parseState(before).skills.databases).toBeUndefined()
    expect(log).toHaveBeenCalled()

    faults.diskFull = false
    expect(await core.dispatch('skills:setStatus', { skillId: 'testing-debugging', status: 'learning' })).toMatchObject(
      { ok: true },
    )
    const after = parseState(await readFile(path, 'utf8'))
    // The change that failed was kept in memory and saved with the next write.
    expect(after.skills.databases?.status).toBe('done')
    expect(after.skills['testing-debugging']?.status).toBe('learning')
    await core.close()

    // The half-written temp file left by the failure does not disturb the next start.
    const reopened = await DataStore.open(dir)
    expect(reopened.notices).toEqual([])
    expect(reopened.store.state.skills.apis?.status).toBe('learning')
    console.log('corruption: case="disk full" answered=io-error previousFileIntact=yes laterWriteSaved=yes')
  })
})
