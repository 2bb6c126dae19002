import { describe, expect, it } from 'vitest'
import { produceWithPatches, enablePatches } from 'immer'
import * as Y from 'yjs'
import { freshState, type AppState } from '../../../../src/shared/model'
import { recordsOf } from '../../../../src/shared/changes/records'
import { SyncDoc } from '../../../../src/main/sync/sync-doc'
import { localItems, seedSlices } from '../../../../src/main/sync/local-items'
import { COLLECTIONS } from '../../../../src/main/sync/collections'

enablePatches()
const AT = '2026-11-20T09:00:00.000Z'

/** A computer: its state and its engine document, changed as the store would. */
function computer(name: string, state = freshState()) {
  const doc = new SyncDoc(name)
  for (const slice of seedSlices(() => state)) doc.seedItems(slice.collection, slice.entries, 'mine')
  const self = {
    state,
    doc,
    write(recipe: (draft: AppState) => void) {
      const [after, patches] = produceWithPatches(self.state, recipe)
      doc.takeItems(
        localItems({ origin: { kind: 'internal' }, records: recordsOf(patches, self.state) }, self.state, after),
      )
      self.state = after
    },
  }
  return self
}
const coll = (name: string) => COLLECTIONS.find((c) => c.name === name)!
const exchange = (a: SyncDoc, b: SyncDoc) => {
  const fromA = Y.encodeStateAsUpdate(a.doc, Y.encodeStateVector(b.doc))
  const fromB = Y.encodeStateAsUpdate(b.doc, Y.encodeStateVector(a.doc))
  return { atB: b.applyRemoteNow([fromA]), atA: a.applyRemoteNow([fromB]) }
}

describe('the sync document', () => {
  it('two computers editing different paragraphs of one note both keep their words', () => {
    const a = computer('a')
    a.write((s) => {
      s.notes['n-1'] = {
        id: 'n-1',
        skillId: 'apis',
        title: 'T',
        body: 'first para\n\nsecond para',
        createdAt: AT,
        updatedAt: AT,
      }
    })
    const b = computer('b')
    b.doc.applyRemoteNow([a.doc.encode()])
    b.state = { ...b.state, notes: { 'n-1': a.state.notes['n-1']! } }
    a.write((s) => void (s.notes['n-1']!.body = 'first para EDITED-ON-A\n\nsecond para'))
    b.write((s) => void (s.notes['n-1']!.body = 'first para\n\nsecond para EDITED-ON-B'))
    const { atA, atB } = exchange(a.doc, b.doc)
    expect(atA.touched.get('notes')).toEqual(new Set(['n-1']))
    expect(atB.touched.get('notes')).toEqual(new Set(['n-1']))
    const merged = a.doc.itemValue(coll('notes'), 'n-1') as { body: string }
    expect(merged.body).toBe('first para EDITED-ON-A\n\nsecond para EDITED-ON-B')
    expect(b.doc.itemValue(coll('notes'), 'n-1')).toEqual(merged)
  })

  it('an edit beats a delete it was not seen by, and a delete after seeing the edit holds', () => {
    const a = computer('a')
    a.write((s) => {
      s.notes['n-1'] = { id: 'n-1', skillId: 'apis', title: 'T', body: 'x', createdAt: AT, updatedAt: AT }
    })
    const b = computer('b')
    b.doc.applyRemoteNow([a.doc.encode()])
    b.state = { ...b.state, notes: { 'n-1': a.state.notes['n-1']! } }
    a.write((s) => void delete s.notes['n-1'])
    b.write((s) => void (s.notes['n-1']!.body = 'x KEEP'))
    exchange(a.doc, b.doc)
    expect((a.doc.itemValue(coll('notes'), 'n-1') as { body: string }).body).toBe('x KEEP')
    a.state = { ...a.state, notes: { 'n-1': b.state.notes['n-1']! } }
    a.write((s) => void delete s.notes['n-1'])
    exchange(a.doc, b.doc)
    expect(b.doc.itemValue(coll('notes'), 'n-1')).toBeUndefined()
  })

  it('two computers ticking different sub-topics of one skill keep both; one status wins and the other is a conflict', () => {
    const a = computer('a')
    const b = computer('b')
    a.write((s) => {
      s.skills['apis'] = { status: 'learning', confidence: 0, subtopics: { rest: true }, updatedAt: AT }
    })
    b.write((s) => {
      s.skills['apis'] = { status: 'done', confidence: 0, subtopics: { grpc: true }, updatedAt: AT }
    })
    const { atA, atB } = exchange(a.doc, b.doc)
    const merged = a.doc.itemValue(coll('skills'), 'apis') as { status: string; subtopics: object }
    expect(merged.subtopics).toEqual({ rest: true, grpc: true })
    expect(b.doc.itemValue(coll('skills'), 'apis')).toEqual(merged)
    const conflicts = [...atA.conflicts, ...atB.conflicts].filter((c) => c.field === 'status')
    expect(conflicts).toHaveLength(1)
    expect([conflicts[0]!.kept, conflicts[0]!.mine].sort()).toEqual(['done', 'learning'])
    expect(conflicts[0]!.kept).toBe(merged.status)
  })

  it('review answers from both computers are all kept', () => {
    const a = computer('a')
    const b = computer('b')
    const entry = (at: string) => ({
      cardId: 'c-1',
      skillId: 'apis',
      grade: 3 as const,
      stateBefore: 0,
      scheduledDays: 1,
      at,
    })
    a.write((s) => void s.review.log.push(entry('2026-11-20T09:00:00.000Z')))
    b.write((s) => void s.review.log.push(entry('2026-11-20T10:00:00.000Z')))
    exchange(a.doc, b.doc)
    const keys = (doc: SyncDoc) => [...doc.doc.getMap('review-log').keys()].filter((k) => k.endsWith('\u0000')).length
    expect(keys(a.doc)).toBe(2)
    expect(keys(b.doc)).toBe(2)
  })
})
