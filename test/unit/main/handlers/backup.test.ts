import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { open, readFile, writeFile } from 'node:fs/promises'
import * as fsPromises from 'node:fs/promises'
import { join } from 'node:path'
import { createCore, type Core } from '../../../../src/main/core'
import { listBackups } from '../../../../src/main/store/backups'
import { DATA_FILE } from '../../../../src/main/store/data-store'
import { SCHEMA_VERSION } from '../../../../src/shared/model'
import { tempDir } from '../../../support/temp-dir'
import { testServices } from '../../../support/test-services'
import { seededState } from '../../../support/report-fixture'
import { testClock } from '../../../support/test-clock'

// Spy on reads, to show a huge file is refused by its size before anything is read.
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>()
  return { ...actual, readFile: vi.fn(actual.readFile) }
})

let temp: Awaited<ReturnType<typeof tempDir>>
let core: Core
let answers: string[]

beforeEach(async () => {
  temp = await tempDir()
  answers = []
  core = await createCore({
    dataDir: temp.dir,
    services: testServices(temp.dir, answers),
    log: () => undefined,
    checkResponses: true,
    clock: testClock(),
  })
  await core.dispatch('skills:setStatus', { skillId: 'apis', status: 'learning' })
})
afterEach(async () => {
  await core.close()
  await temp.remove()
})

async function fileWith(name: string, content: string): Promise<string> {
  const path = join(temp.dir, name)
  await writeFile(path, content)
  return path
}

/** Answers the next open dialog with `path` and asks for an import preview. */
async function chooseImport(path: string) {
  answers.push(path)
  return core.dispatch('backup:chooseImport', undefined)
}

describe('full backup export and import', () => {
  it('exports the whole state as readable JSON and imports it back after a preview and confirmation', async () => {
    const exported = await core.dispatch('backup:exportJson', undefined)
    expect(exported.ok).toBe(true)
    const path = (exported as { value: { path: string } }).value.path
    expect(path).toMatch(/exports\/groundwork-backup-\d{4}-\d{2}-\d{2}\.json$/)
    const text = await readFile(path, 'utf8')
    expect(text).toContain(`\n  "schemaVersion": ${SCHEMA_VERSION}`)
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(core.store.state)))

    await core.dispatch('skills:setStatus', { skillId: 'apis', status: 'done' })
    await core.dispatch('skills:setStatus', { skillId: 'dsa', status: 'skipped' })
    const preview = await chooseImport(path)
    if (!preview.ok) throw new Error(preview.error.message)
    const value = preview.value as { token: string; rows: Array<{ label: string; before: number; after: number }> }
    expect(value.rows.find((r) => r.label === 'Skills done')).toEqual({ label: 'Skills done', before: 1, after: 0 })
    expect(value.rows.find((r) => r.label === 'Skills in progress')).toEqual({
      label: 'Skills in progress',
      before: 0,
      after: 1,
    })
    // Nothing changes until the learner confirms.
    expect(core.store.state.skills.apis?.status).toBe('done')

    const before = JSON.stringify(core.store.state)
    const confirmed = await core.dispatch('imports:confirm', { token: value.token })
    if (!confirmed.ok) throw new Error(confirmed.error.message)
    const { state, safetyBackup } = confirmed.value as {
      state: { skills: Record<string, { status: string }> }
      safetyBackup: string
    }
    expect(state.skills.apis?.status).toBe('learning')
    expect(state.skills.dsa).toBeUndefined()
    expect(await readFile(safetyBackup, 'utf8')).toBe(before)
    const onDisk = JSON.parse(await readFile(join(temp.dir, DATA_FILE), 'utf8')) as {
      skills: Record<string, { status: string }>
    }
    expect(onDisk.skills.apis?.status).toBe('learning')
  })

  it('answers the new state without notes (counted per skill, listed on demand) and counts notes in the preview', async () => {
    const path = await fileWith('seeded.json', JSON.stringify(seededState()))
    const preview = await chooseImport(path)
    if (!preview.ok) throw new Error(preview.error.message)
    const { token, rows, lastChangeAt } = preview.value as {
      token: string
      rows: Array<{ label: string; after: number }>
      lastChangeAt: string
    }
    expect(rows.find((r) => r.label === 'Notes')?.after).toBe(2)
    expect(rows.find((r) => r.label === 'Sub-topics ticked')?.after).toBe(4)
    expect(lastChangeAt).toBe('2026-11-21T10:00:00.000Z')
    const confirmed = await core.dispatch('imports:confirm', { token })
    const { state } = (confirmed as { value: { state: Record<string, unknown> } }).value
    expect(state).not.toHaveProperty('notes')
    expect(state.noteCounts).toEqual({ databases: 1, apis: 1 })
    const listed = await core.dispatch('notes:list', { skillId: 'apis' })
    expect(listed).toMatchObject({ ok: true, value: { notes: [{ id: 'api-old', chars: 60 }] } })
    expect(JSON.stringify(listed)).not.toContain('idempotent')
    expect(core.store.state.notes['api-old']?.body).toContain('idempotent')
  })

  it('upgrades a file from an older data version', async () => {
    const preview = await chooseImport(
      await fileWith('old.json', JSON.stringify({ skills: { dsa: { status: 'done' } } })),
    )
    if (!preview.ok) throw new Error(preview.error.message)
    await core.dispatch('imports:confirm', { token: (preview.value as { token: string }).token })
    expect(core.store.state.schemaVersion).toBe(SCHEMA_VERSION)
    expect(core.store.state.skills.dsa?.status).toBe('done')
  })

  it('keeps the progress history of the imported file, and starts an older file with none', async () => {
    const history = [
      { day: '2026-10-01', technical: 0.1, soft: 0 },
      { day: '2026-10-08', technical: 0.25, soft: 0.5 },
    ]
    const withHistory = await chooseImport(
      await fileWith(
        'history.json',
        JSON.stringify({ schemaVersion: SCHEMA_VERSION, skills: { dsa: { status: 'done' } }, progressLog: history }),
      ),
    )
    if (!withHistory.ok) throw new Error(withHistory.error.message)
    const confirmed = await core.dispatch('imports:confirm', { token: (withHistory.value as { token: string }).token })
    expect(confirmed).toMatchObject({ ok: true, value: { state: { progressLog: history } } })
    expect(core.store.state.progressLog).toEqual(history)

    const old = await chooseImport(await fileWith('old.json', JSON.stringify({ skills: {} })))
    if (!old.ok) throw new Error(old.error.message)
    await core.dispatch('imports:confirm', { token: (old.value as { token: string }).token })
    expect(core.store.state.progressLog).toEqual([])
  })

  it('does nothing after a cancel, and a token cannot be used twice', async () => {
    const path = await fileWith('seeded.json', JSON.stringify(seededState()))
    const first = await chooseImport(path)
    const token = (first as { value: { token: string } }).value.token
    await core.dispatch('imports:cancel', { token })
    expect(await core.dispatch('imports:confirm', { token })).toMatchObject({ ok: false, error: { code: 'not-found' } })
    expect(core.store.state.notes).toEqual({})
    expect(await core.dispatch('backup:chooseImport', undefined)).toEqual({ ok: true, value: { cancelled: true } })
  })

  it('tells where the data file and the rotating backups are', async () => {
    expect(await core.dispatch('backup:location', undefined)).toEqual({
      ok: true,
      value: { dataFile: join(temp.dir, DATA_FILE), backupsDir: join(temp.dir, 'backups') },
    })
  })
})

describe('bad import files change nothing', () => {
  const cases: Array<[string, string, RegExp]> = [
    ['invalid JSON', '{"schemaVersion": 1, "skills": {', /not valid JSON/],
    ['an empty file', '   ', /empty/],
    [
      'the wrong shape',
      JSON.stringify({ schemaVersion: 1, skills: { apis: { status: 'mastered' } } }),
      /expected shape \(skills\.apis\.status/,
    ],
    ['some other JSON', JSON.stringify([1, 2, 3]), /not a Groundwork backup/],
    [
      'a newer version',
      JSON.stringify({ schemaVersion: SCHEMA_VERSION + 1, skills: {} }),
      new RegExp(
        `newer version of Groundwork \\(data version ${SCHEMA_VERSION + 1}; this version reads up to ${SCHEMA_VERSION}\\)`,
      ),
    ],
    ['a __proto__ key', '{"schemaVersion":1,"skills":{},"__proto__":{"polluted":true}}', /"__proto__" key/],
    [
      'a nested constructor key',
      '{"schemaVersion":1,"skills":{"apis":{"status":"done","constructor":{"prototype":{"polluted":true}}}}}',
      /"(constructor|prototype)" key/,
    ],
    [
      'an unknown skill id shaped like a prototype key',
      '{"schemaVersion":1,"skills":{"Constructor":{}}}',
      /expected shape/,
    ],
  ]
  for (const [name, content, message] of cases) {
    it(`refuses ${name} with a clear message`, async () => {
      // The start-up backup runs in the background; a refused import must add none of its own.
      await core.store.backupsSettled()
      const before = await readFile(join(temp.dir, DATA_FILE), 'utf8')
      const backups = await listBackups(core.store.backupsDir)
      const result = await chooseImport(await fileWith('bad.json', content))
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid-payload' } })
      if (!result.ok) {
        expect(result.error.message).toMatch(message)
        expect(result.error.message).toMatch(/Nothing was changed|nothing was changed/)
      }
      expect(await readFile(join(temp.dir, DATA_FILE), 'utf8')).toBe(before)
      expect(await listBackups(core.store.backupsDir)).toEqual(backups)
      expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    })
  }

  it('refuses a 300 MB file by its size, without reading it', async () => {
    const path = join(temp.dir, 'huge.json')
    const handle = await open(path, 'w')
    await handle.truncate(300 * 1024 * 1024) // sparse: instant, takes no disk space
    await handle.close()
    vi.mocked(fsPromises.readFile).mockClear()
    const result = await chooseImport(path)
    expect(result).toMatchObject({ ok: false, error: { code: 'too-large' } })
    if (!result.ok)
      expect(result.error.message).toBe(
        'This file is 300 MB; a Groundwork backup can be at most 200 MB. It was not read and nothing was changed.',
      )
    expect(vi.mocked(fsPromises.readFile).mock.calls.map(([p]) => p)).not.toContain(path)
  })

  it('refuses a folder and a missing file', async () => {
    expect(await chooseImport(temp.dir)).toMatchObject({ ok: false, error: { code: 'invalid-payload' } })
    expect(await chooseImport(join(temp.dir, 'gone.json'))).toMatchObject({ ok: false, error: { code: 'not-found' } })
  })
})

describe('rotating backups', () => {
  it('lists them with date and size and restores one after a preview', async () => {
    await core.store.backupNow()
    await core.dispatch('skills:setStatus', { skillId: 'apis', status: 'done' })
    const listed = await core.dispatch('backup:list', undefined)
    const backups = (listed as { value: { backups: Array<{ name: string; createdAt: string; bytes: number }> } }).value
      .backups
    expect(backups.length).toBeGreaterThanOrEqual(2)
    expect(backups[0]?.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/)
    expect(new Date(backups[0]!.createdAt).getTime()).toBeGreaterThan(Date.now() - 60_000)
    expect(backups[0]?.bytes).toBeGreaterThan(10)

    const preview = await core.dispatch('backup:previewRestore', { name: backups[0]!.name })
    if (!preview.ok) throw new Error(preview.error.message)
    expect((preview.value as { source: { kind: string } }).source.kind).toBe('backup')
    const confirmed = await core.dispatch('imports:confirm', { token: (preview.value as { token: string }).token })
    expect(confirmed.ok).toBe(true)
    expect(core.store.state.skills.apis?.status).toBe('learning')
  })

  it('refuses names outside the backups folder or not in the list', async () => {
    for (const name of ['../groundwork-data.json', '/etc/passwd', 'groundwork-20260101T000000Z.json/../../x']) {
      expect(await core.dispatch('backup:previewRestore', { name })).toMatchObject({
        ok: false,
        error: { code: 'invalid-payload', message: 'name: That is not the name of a Groundwork backup.' },
      })
    }
    expect(await core.dispatch('backup:previewRestore', { name: 'groundwork-20200101T000000000Z.json' })).toMatchObject(
      { ok: false, error: { code: 'not-found' } },
    )
  })
})
