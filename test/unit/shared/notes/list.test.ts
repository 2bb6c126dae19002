import { describe, expect, it } from 'vitest'
import { filterNotes, sortNotes } from '../../../../src/shared/notes/list'

const note = (id: string, title: string, createdAt: string, updatedAt: string) => ({ id, title, createdAt, updatedAt })
const NOTES = [
  note('a', 'item 10', '2026-01-03T00:00:00.000Z', '2026-01-04T00:00:00.000Z'),
  note('b', 'Item 9', '2026-01-01T00:00:00.000Z', '2026-02-01T00:00:00.000Z'),
  note('c', 'apple', '2026-01-02T00:00:00.000Z', '2026-01-02T00:00:00.000Z'),
  note('d', 'apple', '2026-01-02T00:00:00.000Z', '2026-01-02T00:00:00.000Z'),
]
const ids = (notes: readonly { id: string }[]): string[] => notes.map((n) => n.id)
const title = (n: { title: string }): string => n.title

describe('note list orders', () => {
  it('put the newest created first, the last edited first, or titles A to Z with numbers in number order', () => {
    expect(ids(sortNotes(NOTES, 'created', title))).toEqual(['a', 'd', 'c', 'b'])
    expect(ids(sortNotes(NOTES, 'edited', title))).toEqual(['b', 'a', 'd', 'c'])
    expect(ids(sortNotes(NOTES, 'title', title))).toEqual(['d', 'c', 'b', 'a'])
  })

  it('leave the given list as it was', () => {
    const before = ids(NOTES)
    sortNotes(NOTES, 'title', title)
    expect(ids(NOTES)).toEqual(before)
  })
})

describe('the note filter', () => {
  it('keeps notes whose title holds every word, in any case, and all of them for a blank query', () => {
    expect(ids(filterNotes(NOTES, 'ITEM', title))).toEqual(['a', 'b'])
    expect(ids(filterNotes(NOTES, ' 1 item ', title))).toEqual(['a'])
    expect(ids(filterNotes(NOTES, 'pear', title))).toEqual([])
    expect(filterNotes(NOTES, '   ', title)).toBe(NOTES)
  })
})
