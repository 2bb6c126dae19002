import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { createCore, type Core } from '../../../../src/main/core'
import { DATA_FILE } from '../../../../src/main/store/data-store'
import type { NoteMeta } from '../../../../src/shared/contract'
import type { Change } from '../../../../src/shared/changes/records'
import type { NoteCard } from '../../../../src/shared/schemas/review'
import { allCards } from '../../../../src/shared/review/cards-of'
import { answerOf } from '../../../support/dispatch-answer'
import { tempDir } from '../../../support/temp-dir'
import { testServices } from '../../../support/test-services'
import { testClock } from '../../../support/test-clock'

let temp: Awaited<ReturnType<typeof tempDir>>
let core: Core
let answers: string[]
let events: Array<[string, unknown]>

async function open(): Promise<void> {
  core = await createCore({
    dataDir: temp.dir,
    services: testServices(temp.dir, answers),
    log: () => undefined,
    checkResponses: true,
    clock: testClock(),
  })
  core.setEmitter((event, payload) => events.push([event, payload]))
}

beforeEach(async () => {
  temp = await tempDir()
  answers = []
  events = []
  await open()
})
afterEach(async () => {
  await core.close()
  await temp.remove()
})

const ok = <T>(wire: string, payload?: unknown): Promise<T> => answerOf<T>(core, wire, payload)

/** The note's cards as the data file on disk holds them. */
async function cardsOnDisk(noteId: string): Promise<NoteCard[]> {
  const file = JSON.parse(await readFile(join(temp.dir, DATA_FILE), 'utf8')) as {
    review: { noteCards: Record<string, NoteCard> }
  }
  return Object.values(file.review.noteCards)
    .filter((card) => card.noteId === noteId)
    .sort((a, b) => Number(a.retired) - Number(b.retired) || a.ordinal - b.ordinal)
}

const createNote = (body: string): Promise<NoteMeta> =>
  ok<NoteMeta>('notes:create', { skillId: 'databases', title: 'SQL', body })
const save = (id: string, body: string): Promise<NoteMeta> => ok<NoteMeta>('notes:save', { id, title: 'SQL', body })

describe('cards inside notes, kept by main', () => {
  it('turns the card lines of a created note into cards of its skill, on disk, and tells the renderer', async () => {
    const note = await createNote('What is SQL? :: A query language\n\n```sql\nSELECT a :: b\n```')
    const cards = await cardsOnDisk(note.id)
    expect(cards).toMatchObject([
      { noteId: note.id, skillId: 'databases', front: 'What is SQL?', back: 'A query language', retired: false },
    ])
    // The renderer hears of the card among the records of what the create changed.
    const cardRecords = events
      .flatMap(([, change]) => (change as Change).records)
      .filter((record) => record.kind === 'note-card')
    expect(cardRecords).toMatchObject([
      {
        id: cards[0]!.id,
        op: 'created',
        at: ['review', 'noteCards', cards[0]!.id],
        fields: [{ path: [], new: cards[0] }],
      },
    ])
    expect(allCards(core.store.state.review, core.store.state.curriculum).at(-1)).toEqual({
      id: cards[0]!.id,
      skillId: 'databases',
      front: 'What is SQL?',
      back: 'A query language',
      noteId: note.id,
    })
  })

  it('keeps a card and its schedule when its answer is edited, and survives a restart', async () => {
    const note = await createNote('What is an index? :: A lookup structure')
    const [card] = await cardsOnDisk(note.id)
    await ok('review:rate', { cardId: card!.id, grade: 3 })
    const schedule = core.store.state.review.cards[card!.id]
    await save(note.id, 'Intro line.\n\nWhat is an index? :: A structure for fast lookups')
    await core.close()
    await open()
    const [after] = await cardsOnDisk(note.id)
    expect(after).toMatchObject({ id: card!.id, back: 'A structure for fast lookups', retired: false })
    expect(core.store.state.review.cards[card!.id]).toEqual(schedule)
  })

  it('retires the card of a removed line, refuses to rate it, and brings it back with its schedule when the line returns', async () => {
    const note = await createNote('A question :: 1\n\nB question :: 2')
    const [a] = await cardsOnDisk(note.id)
    await ok('review:rate', { cardId: a!.id, grade: 4 })
    const schedule = core.store.state.review.cards[a!.id]

    await save(note.id, 'B question :: 2')
    expect((await cardsOnDisk(note.id)).find((c) => c.id === a!.id)).toMatchObject({ retired: true })
    expect(allCards(core.store.state.review, core.store.state.curriculum).some((c) => c.id === a!.id)).toBe(false)
    expect(await core.dispatch('review:rate', { cardId: a!.id, grade: 3 })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    })

    await save(note.id, 'A question :: 1\n\nB question :: 2')
    expect((await cardsOnDisk(note.id)).find((c) => c.id === a!.id)).toMatchObject({ retired: false, ordinal: 0 })
    expect(core.store.state.review.cards[a!.id]).toEqual(schedule)
  })

  it('writes nothing and sends nothing for a save that changes no card', async () => {
    const note = await createNote('A :: 1')
    events = []
    const before = core.store.state.review.noteCards
    await save(note.id, 'A :: 1\n\nJust prose now.')
    // The save itself is told (the note changed); no card record follows it.
    expect(events.flatMap(([, change]) => (change as Change).records.map((record) => record.kind))).toEqual(['note'])
    expect(core.store.state.review.noteCards).toBe(before)
  })

  it('retires the cards of a deleted note', async () => {
    const note = await createNote('A :: 1')
    await ok('notes:delete', { id: note.id })
    expect(await cardsOnDisk(note.id)).toMatchObject([{ front: 'A', retired: true }])
  })

  it('derives the cards of every note an imported backup brings, also from a file written before note cards existed', async () => {
    const note = await createNote('Plain note.')
    const state = JSON.parse(JSON.stringify(core.store.state)) as {
      notes: Record<string, { body: string }>
      review: Record<string, unknown>
    }
    state.notes[note.id]!.body = 'Imported :: card'
    delete state.review.noteCards
    const path = join(temp.dir, 'old-backup.json')
    await writeFile(path, JSON.stringify(state))
    answers.push(path)
    const preview = await ok<{ token: string }>('backup:chooseImport')
    const confirmed = await ok<{ state: { review: { noteCards: Record<string, NoteCard> } } }>('imports:confirm', {
      token: preview.token,
    })
    expect(Object.values(confirmed.state.review.noteCards)).toMatchObject([
      { noteId: note.id, front: 'Imported', back: 'card' },
    ])
    expect(await cardsOnDisk(note.id)).toMatchObject([{ front: 'Imported' }])
  })

  it('derives the cards of a data file written before note cards existed when the app starts', async () => {
    const note = await createNote('Plain note.')
    await core.close()
    const path = join(temp.dir, DATA_FILE)
    const file = JSON.parse(await readFile(path, 'utf8')) as {
      notes: Record<string, { body: string }>
      review: Record<string, unknown>
    }
    file.notes[note.id]!.body = 'Old line :: from an older release'
    delete file.review.noteCards
    await writeFile(path, JSON.stringify(file))
    await open()
    const { state } = await ok<{ state: { review: { noteCards: Record<string, NoteCard> } } }>('app:getState')
    expect(Object.values(state.review.noteCards)).toMatchObject([
      { noteId: note.id, front: 'Old line', back: 'from an older release' },
    ])
    expect(await cardsOnDisk(note.id)).toHaveLength(1)
  })

  it('follows the notes a rename rewrites: a card line linking to the renamed note keeps its card, with the new name', async () => {
    const target = await createNote('Plain note.')
    const linking = await createNote('What is [[SQL]]? :: A query language')
    const [card] = await cardsOnDisk(linking.id)
    await ok('notes:save', { id: target.id, title: 'Structured Query Language', body: 'Plain note.' })
    expect(core.store.state.notes[linking.id]!.body).toBe('What is [[Structured Query Language]]? :: A query language')
    expect(await cardsOnDisk(linking.id)).toMatchObject([
      { id: card!.id, front: 'What is [[Structured Query Language]]?', retired: false },
    ])
  })

  it('brings back the cards of an earlier version restored from the note history, and retires the lines it drops', async () => {
    const note = await createNote('First :: one\n\nSecond :: two')
    const [first, second] = await cardsOnDisk(note.id)
    // After a restart the next save starts an editing session, which keeps the text before it as a version.
    await core.close()
    await open()
    await save(note.id, 'First :: one, edited')
    expect(await cardsOnDisk(note.id)).toMatchObject([
      { id: first!.id, back: 'one, edited', retired: false },
      { id: second!.id, retired: true },
    ])
    const { versions } = await ok<{ versions: Array<{ at: string; body: string }> }>('notes:history', { id: note.id })
    expect(versions.map((version) => version.body)).toEqual(['First :: one\n\nSecond :: two'])
    events = []
    await ok('notes:restoreVersion', { id: note.id, at: versions[0]!.at })
    expect(await cardsOnDisk(note.id)).toMatchObject([
      { id: first!.id, back: 'one', retired: false },
      { id: second!.id, back: 'two', retired: false },
    ])
    expect(
      events
        .flatMap(([, change]) => (change as Change).records.map((record) => record.kind))
        .filter((kind) => kind === 'note-card'),
    ).toEqual(['note-card', 'note-card'])
  })

  it('follows a note changed by any write, even one no handler made, in the same save', async () => {
    const other = await createNote('Plain note.')
    const saved = await createNote('Saved :: one')
    // Changed behind the handlers' back, as another device would: no call names this note.
    await core.store.update((state) => void (state.notes[other.id]!.body = 'Unnamed :: change'), {
      kind: 'device',
      device: 'laptop',
    })
    expect(await cardsOnDisk(other.id)).toMatchObject([{ front: 'Unnamed', back: 'change' }])
    await save(saved.id, 'Saved :: two')
    expect(await cardsOnDisk(saved.id)).toMatchObject([{ back: 'two', retired: false }])
  })

  it('retires the cards of a note put in the trash and brings them back, schedule and all, when it is restored', async () => {
    const note = await createNote('Trashed :: and back')
    const [card] = await cardsOnDisk(note.id)
    await ok('review:rate', { cardId: card!.id, grade: 3 })
    const schedule = core.store.state.review.cards[card!.id]
    await ok('notes:delete', { id: note.id })
    expect(await cardsOnDisk(note.id)).toMatchObject([{ id: card!.id, retired: true }])
    const restored = await ok<{ state: { review: { noteCards: Record<string, NoteCard> } } }>('trash:restore', {
      id: note.id,
    })
    // The whole state it answers (which the renderer takes) holds the card as live again.
    expect(restored.state.review.noteCards[card!.id]).toMatchObject({ retired: false })
    expect(await cardsOnDisk(note.id)).toMatchObject([{ id: card!.id, retired: false }])
    expect(core.store.state.review.cards[card!.id]).toEqual(schedule)
  })
})
