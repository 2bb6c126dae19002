import { describe, expect, it } from 'vitest'
import { LinkIndex } from '../../../../src/shared/links/link-index'
import { linkResolver } from '../../../../src/shared/links/resolve'

describe('the link index', () => {
  it('answers the same after incremental changes as after a full rebuild', () => {
    const notes: Record<string, { id: string; body: string }> = {
      a: { id: 'a', body: '[[B]] [[Skill]]' },
      b: { id: 'b', body: 'none' },
      c: { id: 'c', body: '[[b]]' },
    }
    const index = new LinkIndex(() => notes)
    expect(index.linkersOf(['B']).sort()).toEqual(['a', 'c'])
    notes.b = { id: 'b', body: '[[Skill]]' }
    delete notes.c
    index.notesChanged(['b', 'c'])
    const fresh = new LinkIndex(() => notes)
    for (const name of ['B', 'skill', 'nothing'])
      expect(index.linkersOf([name]).sort()).toEqual(fresh.linkersOf([name]).sort())
    expect(index.linksOf('b')).toEqual(['skill'])
  })
})

describe('building the link index in slices', () => {
  it('takes in a note saved while the build pauses, and answers like a full rebuild', async () => {
    const notes: Record<string, { id: string; body: string }> = {}
    for (let i = 0; i < 200; i += 1) notes[`n${i}`] = { id: `n${i}`, body: `${'word '.repeat(200)}[[Target ${i % 5}]]` }
    const index = new LinkIndex(() => notes)
    let pauses = 0
    // Slices of no time at all: a pause after every note, whatever the machine.
    await index.ready(async () => {
      pauses += 1
      if (pauses === 1) {
        notes.n0 = { id: 'n0', body: '[[Elsewhere]]' }
        index.notesChanged(['n0'])
      }
      await Promise.resolve()
    }, 0)
    expect(pauses).toBeGreaterThan(0)
    const fresh = new LinkIndex(() => notes)
    for (const name of ['Target 0', 'Target 3', 'Elsewhere'])
      expect(index.linkersOf([name]).sort()).toEqual(fresh.linkersOf([name]).sort())
    expect(index.linkersOf(['Elsewhere'])).toEqual(['n0'])
  })
})

describe('resolving a link', () => {
  const resolve = linkResolver({
    notes: [
      { id: 'n2', skillId: 'apis', title: 'Twin', createdAt: '2026-11-02T00:00:00.000Z' },
      { id: 'n1', skillId: 'dsa', title: 'Twin', createdAt: '2026-11-01T00:00:00.000Z' },
      { id: 'n3', skillId: 'apis', title: 'APIs', createdAt: '2026-11-03T00:00:00.000Z' },
    ],
    skills: [
      { id: 'apis', title: 'APIs' },
      { id: 'databases', title: 'Databases' },
    ],
  })

  it('finds notes by title (the oldest of twins), then skills by title or id, and nothing else', () => {
    expect(resolve('twin')).toMatchObject({ kind: 'note', id: 'n1', skillId: 'dsa' })
    expect(resolve('APIs')).toMatchObject({ kind: 'note', id: 'n3' })
    expect(resolve(' databases ')).toMatchObject({ kind: 'skill', id: 'databases' })
    expect(resolve('Nowhere')).toBeNull()
  })
})
