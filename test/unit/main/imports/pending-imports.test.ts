import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { createCore, type Core } from '../../../../src/main/core'
import type { Clock } from '../../../../src/main/clock'
import { DATA_FILE } from '../../../../src/main/store/data-store'
import { PENDING_FOR_MS } from '../../../../src/main/imports/pending-imports'
import { SHIPPED_PACKS } from '../../../../src/shared/curriculum/packs'
import { SCHEMA_VERSION, type AppState } from '../../../../src/shared/model'
import { answerOf } from '../../../support/dispatch-answer'
import { tempDir } from '../../../support/temp-dir'
import { testServices } from '../../../support/test-services'
import { TEST_NOW } from '../../../support/test-clock'

// Every kind goes through the real handlers and the one service, with real files on disk: a backup
// file, a folder of Markdown notes, and a pack shipped with the app.

let temp: Awaited<ReturnType<typeof tempDir>>
let services: ReturnType<typeof testServices>
/** What the next open-file dialogs answer. */
let openAnswers: string[]
let core: Core
/** Main's clock, moved by hand: the expiry is checked without waiting. */
let now: number
const clock: Clock = { now: () => new Date(now), timeZone: () => 'UTC' }

beforeEach(async () => {
  now = TEST_NOW.getTime()
  temp = await tempDir()
  openAnswers = []
  services = testServices(temp.dir, openAnswers)
  core = await createCore({ dataDir: temp.dir, services, log: () => undefined, checkResponses: true, clock })
  await core.dispatch('skills:setStatus', { skillId: 'apis', status: 'learning' })
})
afterEach(async () => {
  await core.close()
  await temp.remove()
})

const ok = <T>(wire: string, payload?: unknown): Promise<T> => answerOf<T>(core, wire, payload)
async function refusal(wire: string, payload?: unknown): Promise<{ code: string; message: string }> {
  const result = await core.dispatch(wire, payload)
  if (result.ok) throw new Error(`${wire} succeeded`)
  return result.error
}
const onDisk = async (): Promise<AppState> => JSON.parse(await readFile(join(temp.dir, DATA_FILE), 'utf8')) as AppState
const STALE =
  /^This import is no longer waiting for confirmation: it was carried out or cancelled, a newer preview took its place, or it waited more than 15 minutes\./

/** Writes a backup in which the skill "dsa" is done, and previews importing it. */
async function previewBackup(): Promise<{ token: string }> {
  const path = join(temp.dir, 'backup.json')
  await writeFile(path, JSON.stringify({ schemaVersion: SCHEMA_VERSION, skills: { dsa: { status: 'done' } } }))
  openAnswers.push(path)
  return ok<{ token: string }>('backup:chooseImport')
}

/** Writes a folder with one note for the skill "databases", and previews importing it. */
async function previewFolder(): Promise<{ token: string; added: number }> {
  const path = join(temp.dir, 'vault')
  await mkdir(path, { recursive: true })
  await writeFile(join(path, 'joins.md'), '---\nskill: "databases"\ntitle: "Joins"\n---\nInner and outer joins.')
  services.folderAnswers.push(path)
  return ok<{ token: string; added: number }>('markdown:chooseImport')
}

const firstPack = SHIPPED_PACKS[0]!
const previewPack = (): Promise<{ token: string }> =>
  ok<{ token: string }>('packs:previewShipped', { packId: firstPack.id })

describe('the one pending import', () => {
  it('changes nothing on preview, and carries out each kind once confirmed through imports:confirm', async () => {
    const backup = await previewBackup()
    expect(backup.token).toMatch(/^backup-/)
    expect((await onDisk()).skills.dsa).toBeUndefined()
    expect(await ok('imports:confirm', { token: backup.token })).toMatchObject({
      kind: 'backup',
      state: { skills: { dsa: { status: 'done' } } },
      safetyBackup: expect.stringMatching(/groundwork-.*\.json$/),
    })
    expect((await onDisk()).skills.dsa?.status).toBe('done')

    const folder = await previewFolder()
    expect(folder).toMatchObject({ token: expect.stringMatching(/^folder-/), added: 1 })
    expect(Object.keys((await onDisk()).notes)).toEqual([])
    expect(await ok('imports:confirm', { token: folder.token })).toMatchObject({ kind: 'folder', added: 1, updated: 0 })
    expect(Object.values((await onDisk()).notes)).toMatchObject([
      { skillId: 'databases', title: 'Joins', body: 'Inner and outer joins.' },
    ])

    const pack = await previewPack()
    expect((await onDisk()).curriculum.packs).toEqual([])
    expect(await ok('imports:confirm', { token: pack.token })).toMatchObject({
      kind: 'pack',
      state: { curriculum: { packs: [{ id: firstPack.id }] } },
    })
    expect((await onDisk()).curriculum.packs).toMatchObject([{ id: firstPack.id }])
  })

  it('drops a cancelled import: its confirm is refused and nothing changes', async () => {
    const { token } = await previewFolder()
    expect(await ok('imports:cancel', { token })).toBeNull()
    expect(await refusal('imports:confirm', { token })).toEqual({
      code: 'not-found',
      message: expect.stringMatching(STALE),
    })
    expect((await refusal('imports:confirm', { token })).message).toMatch(/Choose the folder again\.$/)
    expect((await onDisk()).notes).toEqual({})
  })

  it('refuses a token it never gave, saying what to do by the kind the token names', async () => {
    await previewBackup()
    expect(await refusal('imports:confirm', { token: 'backup-0000' })).toEqual({
      code: 'not-found',
      message: expect.stringMatching(/Choose the backup again\.$/),
    })
    expect((await refusal('imports:confirm', { token: 'pack-0000' })).message).toMatch(
      /Choose the pack or outline again\.$/,
    )
    expect((await refusal('imports:confirm', { token: 'made-up' })).message).toMatch(/Start the import again\.$/)
    // A cancel of another token leaves the waiting import alone.
    expect(await ok('imports:cancel', { token: 'made-up' })).toBeNull()
    expect((await onDisk()).skills.dsa).toBeUndefined()
  })

  it('carries out a confirm once, even when two arrive together', async () => {
    const { token } = await previewFolder()
    const [first, second] = await Promise.all([
      core.dispatch('imports:confirm', { token }),
      core.dispatch('imports:confirm', { token }),
    ])
    expect(first).toMatchObject({ ok: true, value: { kind: 'folder', added: 1 } })
    expect(second).toMatchObject({ ok: false, error: { code: 'not-found', message: expect.stringMatching(STALE) } })
    expect(await refusal('imports:confirm', { token })).toMatchObject({ code: 'not-found' })
    expect(Object.keys((await onDisk()).notes)).toHaveLength(1)
  })

  it('holds one import at a time: a second preview, of any kind, replaces the first', async () => {
    const backup = await previewBackup()
    const folder = await previewFolder()
    expect(await refusal('imports:confirm', { token: backup.token })).toMatchObject({
      code: 'not-found',
      message: expect.stringMatching(STALE),
    })
    const pack = await previewPack()
    expect(await refusal('imports:confirm', { token: folder.token })).toMatchObject({ code: 'not-found' })
    await ok('imports:confirm', { token: pack.token })
    const state = await onDisk()
    expect(state.skills.dsa).toBeUndefined()
    expect(state.notes).toEqual({})
    expect(state.curriculum.packs).toMatchObject([{ id: firstPack.id }])
  })

  it('keeps a folder import waiting when a choice is refused, so the learner can choose again', async () => {
    const path = join(temp.dir, 'loose')
    await mkdir(path, { recursive: true })
    await writeFile(join(path, 'idea.md'), 'An idea with no skill.')
    services.folderAnswers.push(path)
    const { token } = await ok<{ token: string }>('markdown:chooseImport')
    expect(await refusal('imports:confirm', { token })).toEqual({
      code: 'invalid-payload',
      message: 'Choose a skill for the notes in the chosen folder itself first.',
    })
    expect(
      await ok('imports:confirm', {
        token,
        folder: { skills: [{ folder: '', skillId: 'apis' }], includeBroken: false },
      }),
    ).toMatchObject({ kind: 'folder', added: 1 })
  })

  it('lets an import wait 15 minutes, and no longer', async () => {
    const waited = await previewFolder()
    now += PENDING_FOR_MS
    await ok('imports:confirm', { token: waited.token })
    const expired = await previewBackup()
    now += PENDING_FOR_MS + 1
    expect(await refusal('imports:confirm', { token: expired.token })).toMatchObject({
      code: 'not-found',
      message: expect.stringMatching(STALE),
    })
    expect((await onDisk()).skills.dsa).toBeUndefined()
  })
})
