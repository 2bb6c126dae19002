import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { createCore, type Core } from '../../../../src/main/core'
import { UNUSED_GRACE_DAYS, UNUSED_SINCE_FILE } from '../../../../src/main/attachments/picture-cleanup'
import { picturesNamedInChanged, picturesNamedInTurns } from '../../../../src/main/attachments/named-in-state'
import { answerOf } from '../../../support/dispatch-answer'
import { addPicture } from '../../../support/pictures'
import { pngBytes } from '../../../support/png'
import { tempDir } from '../../../support/temp-dir'
import { testServices } from '../../../support/test-services'
import { TEST_NOW } from '../../../support/test-clock'

const DAY_MS = 24 * 60 * 60 * 1000
// A clock the test moves by hand: the grace period is measured on it, never on the wall clock.
let nowMs = TEST_NOW.getTime()
const clock = { now: () => new Date(nowMs), timeZone: () => 'UTC' }
const daysPass = (days: number): void => void (nowMs += days * DAY_MS)
let temp: Awaited<ReturnType<typeof tempDir>>
let core: Core

beforeEach(async () => {
  nowMs = TEST_NOW.getTime()
  temp = await tempDir()
  core = await createCore({
    dataDir: temp.dir,
    services: testServices(temp.dir),
    log: () => undefined,
    checkResponses: true,
    clock,
  })
})
afterEach(async () => {
  await core.close()
  await temp.remove()
})

const folder = (): string => core.attachments.folder
const stored = async (): Promise<string[]> => (await readdir(folder())).filter((name) => !name.startsWith('.')).sort()
const createNote = (body: string) =>
  answerOf<{ id: string }>(core, 'notes:create', { skillId: 'apis', title: 'With a picture', body })
const saveNote = (id: string, body: string) => answerOf(core, 'notes:save', { id, body })

/**
 * A picture added as a paste adds it, then swept twice: the first sweep counts it as just added,
 * the second marks it unused from now.
 */
async function pictureNoNoteNames(seed: string): Promise<{ name: string; markdown: string }> {
  const picture = await addPicture(core, pngBytes(seed))
  await core.pictureCleanup.sweep()
  expect((await core.pictureCleanup.sweep()).waiting).toBeGreaterThan(0)
  return picture
}

describe('stored pictures', () => {
  it('the same bytes added twice are one file', async () => {
    const first = await addPicture(core, pngBytes('same'), 'first.png')
    const second = await addPicture(core, pngBytes('same'), 'second name.png')
    expect(second.name).toBe(first.name)
    expect(second.markdown).toBe(`![second name](attachments/${first.name})`)
    expect(await stored()).toEqual([first.name])
  })
})

describe('removing pictures nothing names', () => {
  it('keeps an unused picture through the grace period and removes it after', async () => {
    const { name } = await addPicture(core, pngBytes('unused'))
    // The sweep right after the paste counts it as in use: its note may not be saved yet.
    expect(await core.pictureCleanup.sweep()).toMatchObject({ inUse: 1, waiting: 0, removed: [] })
    expect(await core.pictureCleanup.sweep()).toMatchObject({ waiting: 1, removed: [] })
    const record = JSON.parse(await readFile(join(folder(), UNUSED_SINCE_FILE), 'utf8')) as {
      unusedSince: Record<string, string>
    }
    expect(record.unusedSince).toEqual({ [name]: TEST_NOW.toISOString() })

    daysPass(UNUSED_GRACE_DAYS - 1)
    expect(await core.pictureCleanup.sweep()).toMatchObject({ waiting: 1, removed: [] })
    expect(await stored()).toContain(name)

    daysPass(1)
    expect(await core.pictureCleanup.sweep()).toMatchObject({ waiting: 0, removed: [name] })
    expect(await stored()).toEqual([UNUSED_SINCE_FILE])
  })

  it('never removes a picture a note shows, however long it stays', async () => {
    const { markdown, name } = await pictureNoNoteNames('in a note')
    await createNote(`Query plan:\n\n${markdown}`)
    daysPass(100)
    expect(await core.pictureCleanup.sweep()).toMatchObject({ inUse: 1, removed: [] })
    expect(await stored()).toContain(name)
  })

  it('keeps a picture only an earlier version of a note names', async () => {
    const { markdown, name } = await pictureNoNoteNames('history')
    const { id } = await createNote(`Before:\n\n${markdown}`)
    daysPass(1)
    await saveNote(id, 'The picture is gone from the text.')
    expect(core.store.state.notes[id]?.body).not.toContain(name)
    expect(core.store.state.noteHistory[id]?.some((version) => version.body.includes(name))).toBe(true)

    daysPass(UNUSED_GRACE_DAYS * 3)
    expect(await core.pictureCleanup.sweep()).toMatchObject({ inUse: 1, removed: [] })
    expect(await stored()).toContain(name)
  })

  it('keeps a picture only a note in the trash names', async () => {
    const { markdown, name } = await pictureNoNoteNames('trash')
    const { id } = await createNote(markdown)
    await answerOf(core, 'notes:delete', { id })
    expect(core.store.state.notes[id]).toBeUndefined()
    expect(core.store.state.noteHistory[id]).toBeUndefined()
    expect(core.store.state.trash.some((entry) => entry.kind === 'note' && entry.note.body.includes(name))).toBe(true)

    daysPass(UNUSED_GRACE_DAYS * 2)
    expect(await core.pictureCleanup.sweep()).toMatchObject({ inUse: 1, removed: [] })
    expect(await stored()).toContain(name)
  })

  it('keeps a picture named again before the grace ends, and drops its mark', async () => {
    const { markdown, name } = await pictureNoNoteNames('named again')
    daysPass(UNUSED_GRACE_DAYS - 2)
    const { id } = await createNote('Plain text first.')
    await saveNote(id, `Now with the picture: ${markdown}`)
    expect(await core.pictureCleanup.sweep()).toMatchObject({ inUse: 1, waiting: 0, removed: [] })
    const record = JSON.parse(await readFile(join(folder(), UNUSED_SINCE_FILE), 'utf8')) as {
      unusedSince: Record<string, string>
    }
    expect(record.unusedSince).toEqual({})

    // Unused again later: the grace starts over from that sweep.
    await saveNote(id, 'Text only again.')
    await answerOf(core, 'notes:delete', { id })
    await core.store.update((state) => void (state.trash = []))
    await core.store.update((state) => void delete state.noteHistory[id])
    daysPass(3)
    expect(await core.pictureCleanup.sweep()).toMatchObject({ waiting: 1, removed: [] })
    daysPass(UNUSED_GRACE_DAYS - 1)
    expect(await core.pictureCleanup.sweep()).toMatchObject({ removed: [] })
    daysPass(1)
    expect(await core.pictureCleanup.sweep()).toMatchObject({ removed: [name] })
  })

  it('removes nothing when the record of unused pictures is damaged, and starts it again', async () => {
    const { name } = await pictureNoNoteNames('damaged record')
    daysPass(UNUSED_GRACE_DAYS * 2)
    await writeFile(join(folder(), UNUSED_SINCE_FILE), '{"format": 1, "unusedSince": {"')
    const swept = await core.pictureCleanup.sweep()
    expect(swept).toMatchObject({ removed: [], waiting: 1 })
    expect(swept.heldBack).toMatch(/could not be read/)
    expect(await stored()).toContain(name)
    // The fresh record counts from now: the grace runs in full again.
    daysPass(UNUSED_GRACE_DAYS - 1)
    expect(await core.pictureCleanup.sweep()).toMatchObject({ removed: [] })
    daysPass(1)
    expect(await core.pictureCleanup.sweep()).toMatchObject({ removed: [name] })
  })

  it('a record of the wrong shape or with a bad date also removes nothing', async () => {
    const { name } = await pictureNoNoteNames('wrong shape')
    for (const text of [
      '[]',
      '{"format": 2, "unusedSince": {}}',
      `{"format": 1, "unusedSince": {"${name}": "long ago"}}`,
    ]) {
      daysPass(UNUSED_GRACE_DAYS * 2)
      await writeFile(join(folder(), UNUSED_SINCE_FILE), text)
      expect(await core.pictureCleanup.sweep()).toMatchObject({ removed: [] })
      expect(await stored()).toContain(name)
    }
  })

  it('leaves alone every file that is not a stored picture', async () => {
    await pictureNoNoteNames('a picture')
    const others = ['notes.txt', 'shot.png', `${'a'.repeat(64)}.bmp`, `${'B'.repeat(64)}.png`, '.hidden']
    for (const other of others) await writeFile(join(folder(), other), 'not ours')
    daysPass(UNUSED_GRACE_DAYS * 2)
    expect((await core.pictureCleanup.sweep()).removed).toHaveLength(1)
    const left = await readdir(folder())
    for (const other of others) expect(left).toContain(other)
  })

  it('reads a large state in turns, and what was written meanwhile at once', async () => {
    const { markdown, name } = await pictureNoNoteNames('late')
    for (let i = 0; i < 3; i += 1) await createNote('x'.repeat(100_000))
    let turned = false
    setImmediate(() => (turned = true))
    const scanned = core.store.state
    expect(await picturesNamedInTurns(scanned, 50_000)).toEqual(new Set())
    expect(turned).toBe(true)

    await createNote(`Named while a sweep reads: ${markdown}`)
    expect(picturesNamedInChanged(scanned, core.store.state)).toEqual(new Set([name]))
    expect(picturesNamedInChanged(core.store.state, core.store.state)).toEqual(new Set())
  })

  it('a sweep under way is joined, not run twice', async () => {
    await pictureNoNoteNames('joined')
    expect(core.pictureCleanup.sweep()).toBe(core.pictureCleanup.sweep())
  })
})
