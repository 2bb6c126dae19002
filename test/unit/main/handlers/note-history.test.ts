import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { createCore, type Core } from '../../../../src/main/core'
import { DATA_FILE } from '../../../../src/main/store/data-store'
import { VERSION_INTERVAL_MS } from '../../../../src/main/history/versions'
import type { Note, NoteVersion } from '../../../../src/shared/model'
import { answerOf } from '../../../support/dispatch-answer'
import { tempDir } from '../../../support/temp-dir'
import { testServices } from '../../../support/test-services'
import { TEST_NOW } from '../../../support/test-clock'

// A clock the test moves by hand: the history's interval is measured on it, never on the wall clock.
let nowMs = TEST_NOW.getTime()
const clock = { now: () => new Date(nowMs), timeZone: () => 'UTC' }
let temp: Awaited<ReturnType<typeof tempDir>>
let core: Core
let openAnswers: string[]
const open = async (): Promise<Core> =>
  createCore({
    dataDir: temp.dir,
    services: testServices(temp.dir, openAnswers),
    log: () => undefined,
    checkResponses: true,
    clock,
  })
const restart = async (): Promise<void> => {
  await core.close()
  core = await open()
}

beforeEach(async () => {
  nowMs = TEST_NOW.getTime()
  openAnswers = []
  temp = await tempDir()
  core = await open()
})
afterEach(async () => {
  await core.close()
  await temp.remove()
})

const ok = <T>(wire: string, payload?: unknown): Promise<T> => answerOf<T>(core, wire, payload)
const later = (ms: number): void => void (nowMs += ms)
const history = async (id: string): Promise<string[]> =>
  (await ok<{ versions: NoteVersion[] }>('notes:history', { id })).versions.map((v) => v.body)
const save = (id: string, body: string): Promise<unknown> => ok('notes:save', { id, body })
const newNote = async (body: string): Promise<string> =>
  (await ok<{ id: string }>('notes:create', { skillId: 'apis', title: 'REST', body })).id

describe('note history through the real data file', () => {
  it('keeps a version when a session starts, none while typing within the interval, and one once it has passed', async () => {
    const id = await newNote('one')
    // Creating the note started its session: its first text is not an earlier version yet.
    later(1000)
    await save(id, 'one two')
    expect(await history(id)).toEqual([])
    await restart()
    later(1000)
    await save(id, 'one two three')
    expect(await history(id)).toEqual(['one two'])
    later(VERSION_INTERVAL_MS - 1)
    await save(id, 'four')
    expect(await history(id)).toEqual(['one two'])
    later(1)
    await save(id, 'five')
    expect(await history(id)).toEqual(['four', 'one two'])
    const onDisk = JSON.parse(await readFile(join(temp.dir, DATA_FILE), 'utf8')) as {
      noteHistory: Record<string, NoteVersion[]>
    }
    expect(onDisk.noteHistory[id]?.map((v) => v.body)).toEqual(['one two', 'four'])
  })

  it('starts a new session after a restart and on coming back from another note', async () => {
    const a = await newNote('a1')
    const b = await newNote('b1')
    await save(a, 'a2')
    expect(await history(a)).toEqual(['a1'])
    await restart()
    later(1000)
    await save(a, 'a3')
    expect(await history(a)).toEqual(['a2', 'a1'])
    later(1000)
    await save(b, 'b2')
    later(1000)
    await save(a, 'a4')
    expect(await history(a)).toEqual(['a3', 'a2', 'a1'])
  })

  it('restores a version after a restart, keeping the current text first so the restore can be undone', async () => {
    const id = await newNote('first draft')
    await restart()
    later(1000)
    await save(id, 'second draft')
    await restart()
    const [version] = (await ok<{ versions: NoteVersion[] }>('notes:history', { id })).versions
    later(1000)
    const restored = await ok<Note>('notes:restoreVersion', { id, at: version?.at })
    expect(restored.body).toBe('first draft')
    const versions = (await ok<{ versions: NoteVersion[] }>('notes:history', { id })).versions
    expect(versions.map((v) => [v.body, v.reason])).toEqual([
      ['second draft', 'restore'],
      ['first draft', 'edit'],
    ])
    await restart()
    expect((await ok<Note>('notes:get', { id })).body).toBe('first draft')
    const undone = await ok<Note>('notes:restoreVersion', { id, at: versions[0]?.at })
    expect(undone.body).toBe('second draft')
    // The search index follows a restore like any other change of the text.
    expect(await ok('search:query', { text: 'second' })).toMatchObject({ hits: [{ kind: 'note', noteId: id }] })
  })

  it('answers not-found for a version that is not kept, and changes nothing', async () => {
    const id = await newNote('text')
    const result = await core.dispatch('notes:restoreVersion', { id, at: TEST_NOW.toISOString() })
    expect(result).toMatchObject({ ok: false, error: { code: 'not-found' } })
    expect((await ok<Note>('notes:get', { id })).body).toBe('text')
  })

  it('keeps the text an import replaced as a version of each note, and drops the history of a deleted note', async () => {
    const gone = await newNote('deleted soon')
    const id = await newNote('mine before the import')
    later(1000)
    await save(gone, 'deleted soon, edited')
    expect(core.store.state.noteHistory[gone]).toHaveLength(1)
    await ok('notes:delete', { id: gone })
    expect(core.store.state.noteHistory[gone]).toBeUndefined()

    const incoming = JSON.parse(JSON.stringify(core.store.state)) as { notes: Record<string, Note> }
    incoming.notes[id] = { ...(incoming.notes[id] as Note), body: 'from the backup' }
    const path = join(temp.dir, 'incoming.json')
    await writeFile(path, JSON.stringify(incoming))
    openAnswers.push(path)
    const preview = await ok<{ token: string }>('backup:chooseImport')
    later(1000)
    await ok('imports:confirm', { token: preview.token })
    expect((await ok<Note>('notes:get', { id })).body).toBe('from the backup')
    const versions = (await ok<{ versions: NoteVersion[] }>('notes:history', { id })).versions
    expect(versions.map((v) => [v.body, v.reason])).toEqual([['mine before the import', 'import']])
  })

  it('drops versions past 90 days, but never the newest one', async () => {
    const id = await newNote('old text')
    await restart()
    later(1000)
    await save(id, 'newer text')
    later(91 * 24 * 60 * 60 * 1000)
    await restart()
    expect(await history(id)).toEqual(['old text'])
    await save(id, 'newest text')
    expect(core.store.state.noteHistory[id]?.map((v) => v.body)).toEqual(['newer text'])
  })
})
