import { describe, expect, it } from 'vitest'
import { MAX_RETIRED_PER_NOTE, similarity, syncNoteCards } from '../../../../src/shared/review/note-card-sync'
import { parseNoteCards } from '../../../../src/shared/review/note-cards'
import type { NoteCard } from '../../../../src/shared/schemas/review'

const NOTE = { id: 'note-1', skillId: 'databases' }

/** Runs a note's successive texts through the sync, as saves would; answers the cards after each. */
function edits(...texts: string[]): NoteCard[][] {
  let n = 0
  let cards: NoteCard[] = []
  return texts.map((text, i) => {
    cards = syncNoteCards(cards, parseNoteCards(text), NOTE, `2025-03-01T09:00:0${i}.000Z`, () => `nc-${++n}`).cards
    return cards
  })
}

const live = (cards: NoteCard[]): Array<[string, string, string]> =>
  cards.filter((c) => !c.retired).map((c) => [c.id, c.front, c.back])
const retired = (cards: NoteCard[]): string[] =>
  cards
    .filter((c) => c.retired)
    .map((c) => c.id)
    .sort()

describe('keeping the cards of a note in step with its text', () => {
  it('gives each new line a card of the note and its skill', () => {
    const [cards] = edits('A :: 1\n\nB :: 2')
    expect(cards).toMatchObject([
      { id: 'nc-1', noteId: 'note-1', skillId: 'databases', front: 'A', back: '1', ordinal: 0, retired: false },
      { id: 'nc-2', front: 'B', back: '2', ordinal: 1 },
    ])
  })

  it('keeps every card when the lines are reordered or moved among other text', () => {
    const [, after] = edits(
      'What is SQL? :: A query language\n\nWhat is ACID? :: Transaction guarantees',
      'Intro.\n\n- What is ACID? :: Transaction guarantees\n- More text\n\nWhat is SQL? :: A query language',
    )
    expect(live(after!)).toEqual([
      ['nc-2', 'What is ACID?', 'Transaction guarantees'],
      ['nc-1', 'What is SQL?', 'A query language'],
    ])
    expect(after!.map((c) => c.ordinal)).toEqual([0, 1])
  })

  it('keeps the card when only the answer is edited', () => {
    const [, after] = edits(
      'What is an index? :: A lookup structure',
      'What is an index? :: A structure for fast lookups',
    )
    expect(live(after!)).toEqual([['nc-1', 'What is an index?', 'A structure for fast lookups']])
  })

  it('keeps the card when the question is reworded a little', () => {
    const [, after] = edits(
      'What is a primary key? :: The row id\n\nName a NoSQL store :: MongoDB',
      'What is a primary key in SQL? :: The row id\n\nName a NoSQL store :: MongoDB',
    )
    expect(live(after!)).toEqual([
      ['nc-1', 'What is a primary key in SQL?', 'The row id'],
      ['nc-2', 'Name a NoSQL store', 'MongoDB'],
    ])
  })

  it('treats a wholly new question as a new card and retires the old one', () => {
    const [, after] = edits('What is a primary key? :: The row id', 'Which port does HTTPS use? :: 443')
    expect(live(after!)).toEqual([['nc-2', 'Which port does HTTPS use?', '443']])
    expect(retired(after!)).toEqual(['nc-1'])
  })

  it('retires a removed line and brings the same card back when the line returns', () => {
    const [, removed, back] = edits(
      'A question :: 1\n\nB question :: 2',
      'B question :: 2',
      'A question :: 1\n\nB question :: 2',
    )
    expect(retired(removed!)).toEqual(['nc-1'])
    expect(live(back!)).toEqual([
      ['nc-1', 'A question', '1'],
      ['nc-2', 'B question', '2'],
    ])
    expect(retired(back!)).toEqual([])
  })

  it('gives two identical lines two cards, and removing one keeps the other', () => {
    const [both, one] = edits('Same :: card\n\nSame :: card', 'Same :: card')
    expect(live(both!).map(([id]) => id)).toEqual(['nc-1', 'nc-2'])
    expect(live(one!).map(([id]) => id)).toEqual(['nc-1'])
    expect(retired(one!)).toEqual(['nc-2'])
  })

  it('leaves an unchanged card object as it was, so nothing is written for a save that touched no card', () => {
    const [first, second] = edits('A :: 1', 'A :: 1\n\nMore prose.')
    expect(second![0]).toBe(first![0])
  })

  it('moves the cards with the note to another skill', () => {
    const before = edits('A :: 1')[0]!
    const { cards } = syncNoteCards(
      before,
      parseNoteCards('A :: 1'),
      { id: 'note-1', skillId: 'apis' },
      '2025-03-02T09:00:00.000Z',
      () => 'nc-x',
    )
    expect(cards).toMatchObject([{ id: 'nc-1', skillId: 'apis' }])
  })

  it('keeps at most the newest retired cards of a note and says which it dropped', () => {
    const many = Array.from({ length: MAX_RETIRED_PER_NOTE + 3 }, (_, i) => `Question number ${i} :: ${i}`).join('\n\n')
    const [first] = edits(many)
    const { cards, dropped } = syncNoteCards(first!, [], NOTE, '2025-03-05T09:00:00.000Z', () => 'nc-x')
    expect(cards).toHaveLength(MAX_RETIRED_PER_NOTE)
    expect(dropped).toHaveLength(3)
    expect(cards.every((c) => c.retired)).toBe(true)
  })

  it('rates texts by likeness between 0 and 1', () => {
    expect(similarity('What is SQL?', 'what  is sql?')).toBe(1)
    expect(similarity('What is a primary key?', 'What is a primary key in SQL?')).toBeGreaterThan(0.6)
    expect(similarity('What is a primary key?', 'Which port does HTTPS use?')).toBeLessThan(0.4)
  })
})
