import { afterEach, describe, expect, it } from 'vitest'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Core } from '../../../../src/main/core'
import { DATA_FILE } from '../../../../src/main/store/data-store'
import { noteCardId } from '../../../../src/main/follow/note-cards'
import { freshState } from '../../../../src/shared/model'
import type { NoteCard } from '../../../../src/shared/schemas/review'
import { answerOf } from '../../../support/dispatch-answer'
import { tempDir } from '../../../support/temp-dir'
import { openTestCore } from '../../../support/test-services'

const NOTE_ID = 'note-shared'
const BODY =
  'What is SQL? :: A query language\n\nWhat is an index? :: A lookup structure\n\nWhat is SQL? :: A query language'

const opened: { core: Core; remove: () => Promise<void> }[] = []
afterEach(async () => {
  for (const { core, remove } of opened.splice(0)) {
    await core.close()
    await remove()
  }
})

/** A computer of its own: a new data folder whose file already holds the shared note (as sync would bring it). */
async function computer(): Promise<Core> {
  const temp = await tempDir()
  const state = freshState()
  state.notes[NOTE_ID] = {
    id: NOTE_ID,
    skillId: 'databases',
    title: 'SQL',
    body: BODY,
    createdAt: '2025-03-01T09:00:00.000Z',
    updatedAt: '2025-03-01T09:00:00.000Z',
  }
  await writeFile(join(temp.dir, DATA_FILE), JSON.stringify(state))
  const core = await openTestCore(temp.dir)
  opened.push({ core, remove: temp.remove })
  // Any call brings the cards of every note up to date first.
  await answerOf(core, 'notes:list', { skillId: 'databases' })
  return core
}

const liveCards = (core: Core): NoteCard[] =>
  Object.values(core.store.state.review.noteCards)
    .filter((card) => card.noteId === NOTE_ID && !card.retired)
    .sort((a, b) => a.ordinal - b.ordinal)

describe('ids of the cards written in notes', () => {
  it('are the same on two computers given the same note, and a line written twice gets two ids', async () => {
    const [a, b] = [await computer(), await computer()]
    const ids = liveCards(a).map((card) => card.id)
    expect(liveCards(b).map((card) => card.id)).toEqual(ids)
    const sql = 'What is SQL?\nA query language'
    expect(ids).toEqual([
      noteCardId(NOTE_ID, sql, 0),
      noteCardId(NOTE_ID, 'What is an index?\nA lookup structure', 0),
      noteCardId(NOTE_ID, sql, 1),
    ])
    expect(new Set(ids).size).toBe(3)
  })

  it('stay with an edited line, schedule and all, and the edit gives the same ids on both computers', async () => {
    const [a, b] = [await computer(), await computer()]
    const index = liveCards(a)[1]!
    await answerOf(a, 'review:rate', { cardId: index.id, grade: 3 })
    const schedule = a.store.state.review.cards[index.id]
    expect(schedule).toBeDefined()
    const edited = BODY.replace('A lookup structure', 'A structure for fast lookups')
    for (const core of [a, b]) await answerOf(core, 'notes:save', { id: NOTE_ID, title: 'SQL', body: edited })
    expect(liveCards(a)[1]).toMatchObject({ id: index.id, back: 'A structure for fast lookups' })
    expect(a.store.state.review.cards[index.id]).toEqual(schedule)
    expect(liveCards(b).map((card) => card.id)).toEqual(liveCards(a).map((card) => card.id))
  })

  it('never reuse the id of a card the note still keeps: a new line with an old card text gets the next occurrence', async () => {
    const a = await computer()
    const index = liveCards(a)[1]!
    // The index card now answers a new question; writing its first text again must not take its id.
    const renamed = BODY.replace(
      'What is an index? :: A lookup structure',
      'What is an index for? :: A lookup structure',
    )
    await answerOf(a, 'notes:save', { id: NOTE_ID, title: 'SQL', body: renamed })
    await answerOf(a, 'notes:save', {
      id: NOTE_ID,
      title: 'SQL',
      body: `${renamed}\n\nWhat is an index? :: A lookup structure`,
    })
    const cards = liveCards(a)
    expect(cards[1]).toMatchObject({ id: index.id, front: 'What is an index for?' })
    expect(cards[3]).toMatchObject({
      id: noteCardId(NOTE_ID, 'What is an index?\nA lookup structure', 1),
      front: 'What is an index?',
    })
  })
})
