import { describe, expect, it } from 'vitest'
import { SearchIndex, noteDisplayTitle, type IndexedNote } from '../../../../src/shared/search/search-index'

function note(id: string, body: string, extra: Partial<IndexedNote> = {}): IndexedNote {
  return { id, skillId: 'databases', title: '', body, updatedAt: '2025-01-01T00:00:00.000Z', ...extra }
}

function indexOver(notes: Record<string, IndexedNote>): SearchIndex {
  return new SearchIndex(() => notes)
}

describe('SearchIndex', () => {
  it('finds skills by title and sub-topics by their words', () => {
    const index = indexOver({})
    const { hits } = index.query('databases')
    expect(hits[0]).toMatchObject({ kind: 'skill', skillId: 'databases', title: 'Databases' })
    const sub = index.query('normalising').hits.find((hit) => hit.kind === 'subtopic')
    expect(sub).toMatchObject({ skillId: 'databases', subtopicId: 'normalization', snippet: 'Databases' })
  })

  it('finds a word that only appears in a note, with a snippet and the matched term', () => {
    const index = indexOver({ a: note('a', 'Remember: the planner picks a zygomorphic index scan.') })
    const { hits, total } = index.query('zygomorphic')
    expect(total).toBe(1)
    expect(hits[0]).toMatchObject({ kind: 'note', noteId: 'a', skillId: 'databases', terms: ['zygomorphic'] })
    expect(hits[0]?.snippet).toContain('zygomorphic index scan')
  })

  it('matches prefixes while typing and forgives a typo in longer words', () => {
    const index = indexOver({ a: note('a', 'Kubernetes orchestration notes') })
    expect(index.query('orchest').hits.map((hit) => hit.noteId)).toContain('a')
    expect(index.query('kubernetis').hits.map((hit) => hit.noteId)).toContain('a')
  })

  it('requires every word of the query', () => {
    const index = indexOver({ a: note('a', 'vacuum analyse'), b: note('b', 'vacuum only') })
    expect(index.query('vacuum analyse').hits.map((hit) => hit.noteId)).toEqual(['a'])
  })

  it('looks at titles alone when asked, as the command palette does', () => {
    const index = indexOver({
      a: note('a', 'About the planner and its zygomorphic scans', { title: 'Query plans' }),
      b: note('b', 'Reading list\nQuery plans for beginners'),
    })
    expect(index.query('query plans').hits.map((hit) => hit.noteId)).toEqual(expect.arrayContaining(['a', 'b']))
    const notes = index.query('query plans', 30, { titlesOnly: true }).hits.filter((hit) => hit.kind === 'note')
    expect(notes.map((hit) => hit.noteId)).toEqual(['a'])
    expect(index.query('zygomorphic').total).toBe(1)
    expect(index.query('zygomorphic', 30, { titlesOnly: true }).total).toBe(0)
    expect(index.query('postgre', 30, { titlesOnly: true }).hits[0]).toMatchObject({
      kind: 'subtopic',
      skillId: 'databases',
    })
  })

  it('answers nothing for a query without words', () => {
    expect(indexOver({}).query('  ?! ')).toEqual({ hits: [], total: 0 })
  })

  it('limits the hits but reports the total', () => {
    const notes = Object.fromEntries(
      Array.from({ length: 50 }, (_, i) => [`n${i}`, note(`n${i}`, `shared word quokka ${i}`)]),
    )
    const result = indexOver(notes).query('quokka', 10)
    expect(result.hits).toHaveLength(10)
    expect(result.total).toBe(50)
  })

  it('follows saves and deletions incrementally once built', () => {
    const notes: Record<string, IndexedNote> = { a: note('a', 'first draft') }
    const index = indexOver(notes)
    expect(index.built).toBe(false)
    index.query('draft')
    expect(index.built).toBe(true)
    notes.a = note('a', 'rewritten with pelican', { updatedAt: '2025-01-02T00:00:00.000Z' })
    index.notesChanged(['a'])
    expect(index.query('draft').total).toBe(0)
    expect(index.query('pelican').total).toBe(1)
    delete notes.a
    index.notesChanged(['a'])
    expect(index.query('pelican').total).toBe(0)
  })

  it('expands prefixes from the third letter; two letters match a short word exactly', () => {
    const index = indexOver({ a: note('a', 'channels in go'), b: note('b', 'gossip protocols') })
    const notesFound = (text: string): Array<string | undefined> =>
      index
        .query(text)
        .hits.filter((hit) => hit.kind === 'note')
        .map((hit) => hit.noteId)
    expect(notesFound('go')).toEqual(['a'])
    expect(notesFound('gos')).toEqual(['b'])
  })

  it('compares every note on the next query once told all may have changed (a restored backup)', () => {
    // Import and restore put a new notes record in the state, as the store's replace() does.
    let notes: Record<string, IndexedNote> = { a: note('a', 'albatross'), c: note('c', 'heron') }
    const index = new SearchIndex(() => notes)
    expect(index.query('albatross').total).toBe(1)
    notes = { b: note('b', 'cormorant'), c: note('c', 'egret', { updatedAt: '2025-01-02T00:00:00.000Z' }) }
    index.allNotesChanged()
    expect(index.query('albatross').total).toBe(0)
    expect(index.query('cormorant').total).toBe(1)
    expect(index.query('heron').total).toBe(0)
    expect(index.query('egret').total).toBe(1)
  })

  it('titles a note by its title, else its first line, else a placeholder', () => {
    expect(noteDisplayTitle({ title: ' Joins ', body: 'x' })).toBe('Joins')
    expect(noteDisplayTitle({ title: '', body: '\n## Query plans\nmore' })).toBe('Query plans')
    expect(noteDisplayTitle({ title: '', body: '' })).toBe('Untitled note')
  })
})

describe('SearchIndex queries with short words', () => {
  it('drops lone letters next to real words, but searches a lone letter on its own exactly', () => {
    const index = indexOver({ a: note('a', 'transactions keep data consistent'), b: note('b', 'Plan C') })
    expect(
      index
        .query('transactions a')
        .hits.filter((hit) => hit.kind === 'note')
        .map((hit) => hit.noteId),
    ).toEqual(['a'])
    expect(index.query('c').hits.map((hit) => hit.noteId)).toContain('b')
    expect(index.query('c').hits.map((hit) => hit.noteId)).not.toContain('a')
  })

  it('builds the index on an empty query, to warm it up', () => {
    const index = indexOver({})
    expect(index.query('').total).toBe(0)
    expect(index.built).toBe(true)
  })
})
