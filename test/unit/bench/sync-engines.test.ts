import { describe, expect, it } from 'vitest'
import { parseState } from '../../../src/main/store/data-store'
import { generateProfile } from '../../../bench/profile'
import { ENGINES } from '../../../bench/lib/sync-engines'
import { editParagraph, makeDay, ORDINARY_DAY, textSplice } from '../../../bench/lib/sync-workload'
import { seededRandom } from '../../support/seeded-random'

const spliced = (before: string, after: string): string => {
  const { index, remove, insert } = textSplice(before, after)
  return before.slice(0, index) + insert + before.slice(index + remove)
}

describe('the sync comparison workload', () => {
  it('turns one text into the other with its prefix/suffix splice, repeated letters included', () => {
    const pairs: Array<[string, string]> = [
      ['', 'abc'],
      ['abc', ''],
      ['aaa', 'aa'],
      ['aa', 'aaaa'],
      ['one two three', 'one three'],
      ['one two', 'zero one two'],
      ['same', 'same'],
    ]
    for (const [before, after] of pairs) expect(spliced(before, after)).toBe(after)
    const random = seededRandom(5)
    const body = generateProfile({ notes: 1, seed: 3, meanBodyChars: 2000 }).notes['note-00001']!.body
    for (let i = 0; i < 200; i += 1) {
      const after = editParagraph(body, random, 'cache')
      expect(spliced(body, after)).toBe(after)
    }
  })

  it('edits one paragraph and leaves the others as they were', () => {
    const body = 'First paragraph with words.\n\nSecond one here too.\n\nThird and last one.'
    const random = seededRandom(11)
    for (let i = 0; i < 50; i += 1) {
      const before = body.split('\n\n')
      const after = editParagraph(body, random, 'queue').split('\n\n')
      expect(after).toHaveLength(3)
      expect(after.filter((paragraph, at) => paragraph !== before[at])).toHaveLength(1)
    }
  })

  it('makes days whose data file the app still loads', () => {
    const state = generateProfile({ notes: 20, seed: 2, meanBodyChars: 400 })
    const ops = [1, 2, 3].flatMap((day) => makeDay(state, seededRandom(day), ORDINARY_DAY, day))
    expect(ops).toHaveLength(3 * 105)
    const loaded = parseState(JSON.stringify(state))
    expect(Object.keys(loaded.notes)).toHaveLength(26)
    expect(loaded.review.log).toHaveLength(120)
    expect(loaded.study.sessions).toHaveLength(6)
  })
})

describe.each(ENGINES.map((engine) => [engine.name, engine] as const))('the %s engine as compared', (_name, engine) => {
  it('brings another computer to the same notes with the updates of a day', () => {
    const state = generateProfile({ notes: 12, seed: 4, meanBodyChars: 600 })
    const laptop = engine.build(state)
    const desktop = engine.load(laptop.snapshot())
    for (const op of makeDay(state, seededRandom(8), ORDINARY_DAY, 1)) laptop.apply(op)
    desktop.merge(laptop.takeUpdates())
    for (const note of Object.values(state.notes)) expect(desktop.body(note.id)).toBe(note.body)
    laptop.free()
    desktop.free()
  })

  it('keeps the words of two computers that edited different paragraphs of one note', () => {
    const note = { id: 'note-1', skillId: 'sql', title: 'Joins', createdAt: '', updatedAt: '' }
    const body = 'Inner join.\n\nLeft join.\n\nCross join.'
    const base = engine.build({ ...generateProfile({ notes: 0, seed: 1, meanBodyChars: 1 }), notes: {} })
    base.apply({ kind: 'note', note: { ...note, body } })
    const snapshot = base.snapshot()
    const [a, b] = [engine.load(snapshot), engine.load(snapshot)]
    a.apply({ kind: 'note', note: { ...note, body: body.replace('Inner join.', 'Inner join keeps matches.') } })
    b.apply({ kind: 'note', note: { ...note, body: body.replace('Cross join.', 'Cross join pairs all.') } })
    const fromA = a.takeUpdates()
    a.merge(b.takeUpdates())
    b.merge(fromA)
    expect(a.body(note.id)).toBe('Inner join keeps matches.\n\nLeft join.\n\nCross join pairs all.')
    expect(b.body(note.id)).toBe(a.body(note.id))
    for (const replica of [base, a, b]) replica.free()
  })
})
