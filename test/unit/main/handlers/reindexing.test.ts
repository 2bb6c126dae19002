import { describe, expect, it } from 'vitest'
import { SearchIndex, type IndexedNote } from '../../../../src/shared/search/search-index'
import { reindexes } from '../../../../src/main/handlers/reindexing'

function note(id: string, body: string, updatedAt = '2025-01-01T00:00:00.000Z'): IndexedNote {
  return { id, skillId: 'databases', title: '', body, updatedAt }
}

const noteHits = (index: SearchIndex, text: string): Array<string | undefined> =>
  index
    .query(text)
    .hits.filter((hit) => hit.kind === 'note')
    .map((hit) => hit.noteId)

describe('reindexes', () => {
  it('re-indexes the notes a handler names in its answer, and only after it resolved', async () => {
    const notes: Record<string, IndexedNote> = { a: note('a', 'first draft') }
    const index = new SearchIndex(() => notes)
    index.query('')
    const save = reindexes(
      index,
      async (body: string) => {
        notes.a = note('a', body, '2025-01-02T00:00:00.000Z')
        expect(noteHits(index, 'heron')).toEqual([])
        return { id: 'a' }
      },
      (answer) => [answer.id],
    )
    await save('heron at dawn')
    expect(noteHits(index, 'heron')).toEqual(['a'])
    expect(noteHits(index, 'draft')).toEqual([])
  })

  it('compares every note on the next query after a handler replaced them all', async () => {
    let notes: Record<string, IndexedNote> = { a: note('a', 'albatross') }
    const index = new SearchIndex(() => notes)
    index.query('')
    const restore = reindexes(
      index,
      async () => void (notes = { b: note('b', 'cormorant') }),
      () => 'all',
    )
    await restore(undefined)
    expect(noteHits(index, 'albatross')).toEqual([])
    expect(noteHits(index, 'cormorant')).toEqual(['b'])
  })

  it('still follows a change a failing handler left in memory (a write that failed is retried later)', async () => {
    const notes: Record<string, IndexedNote> = {}
    const index = new SearchIndex(() => notes)
    index.query('')
    const failing = reindexes(
      index,
      async () => {
        notes.x = note('x', 'kestrel hovering')
        throw new Error('ENOSPC: no space left on device')
      },
      () => ['x'],
    )
    await expect(failing(undefined)).rejects.toThrow(/ENOSPC/)
    expect(noteHits(index, 'kestrel')).toEqual(['x'])
  })
})
