import { describe, expect, it, vi } from 'vitest'
import fc from 'fast-check'
import { StateSerializer } from '../../../../src/main/store/serializer'
import { generateProfile } from '../../../../bench/profile'

const text = (chunks: Buffer[]): string => Buffer.concat(chunks).toString('utf8')

type Op =
  | { kind: 'edit-body'; index: number; body: string }
  | { kind: 'replace'; index: number; title: string }
  | { kind: 'delete'; index: number }
  | { kind: 'add'; id: string; body: string }
  | { kind: 'nested'; index: number; tags: string[] }
  | { kind: 'skill'; status: string }

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('edit-body' as const), index: fc.nat(), body: fc.string({ unit: 'grapheme' }) }),
  fc.record({ kind: fc.constant('replace' as const), index: fc.nat(), title: fc.string() }),
  fc.record({ kind: fc.constant('delete' as const), index: fc.nat() }),
  fc.record({
    kind: fc.constant('add' as const),
    id: fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,12}$/),
    body: fc.string(),
  }),
  fc.record({ kind: fc.constant('nested' as const), index: fc.nat(), tags: fc.array(fc.string(), { maxLength: 3 }) }),
  fc.record({ kind: fc.constant('skill' as const), status: fc.constantFrom('learning', 'done') }),
)

function apply(state: Record<string, unknown> & { notes: Record<string, Record<string, unknown>> }, op: Op): void {
  const ids = Object.keys(state.notes)
  const id = ids.length > 0 ? ids[('index' in op ? op.index : 0) % ids.length] : undefined
  if (op.kind === 'add')
    state.notes[op.id] = { id: op.id, skillId: 'apis', title: 'New', body: op.body, createdAt: 'x', updatedAt: 'y' }
  else if (op.kind === 'skill')
    state.skills = { ...(state.skills as object), apis: { status: op.status, confidence: 1, subtopics: {} } }
  else if (!id) return
  else if (op.kind === 'edit-body')
    state.notes[id]!.body = op.body // changed in place: the cache must notice
  else if (op.kind === 'replace') state.notes[id] = { ...state.notes[id], title: op.title }
  else if (op.kind === 'delete') delete state.notes[id]
  else state.notes[id]!.tags = op.tags // a nested value makes the entry not flat
}

describe('StateSerializer', () => {
  it('writes exactly what JSON.stringify writes, through any sequence of edits', () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 25 }), (ops) => {
        const state = generateProfile({ notes: 6, seed: 3, meanBodyChars: 200 }) as unknown as Parameters<
          typeof apply
        >[0]
        const serializer = new StateSerializer()
        expect(text(serializer.serialize(state))).toBe(JSON.stringify(state))
        for (const op of ops) {
          apply(state, op)
          expect(text(serializer.serialize(state))).toBe(JSON.stringify(state))
        }
      }),
      { numRuns: 150 },
    )
  })

  it('keeps quotes, newlines, emoji and lone surrogates exactly as JSON.stringify escapes them', () => {
    const state = {
      schemaVersion: 1,
      notes: { a: { body: 'say "hi"\n\t\u2028 😀 \ud800 é' } },
      settings: { theme: 'dark' },
    }
    const serializer = new StateSerializer()
    serializer.serialize(state)
    expect(text(serializer.serialize(state))).toBe(JSON.stringify(state))
  })

  it('handles an empty notes record and a state without notes', () => {
    const serializer = new StateSerializer()
    expect(text(serializer.serialize({ schemaVersion: 1, notes: {} }))).toBe('{"schemaVersion":1,"notes":{}}')
    expect(text(serializer.serialize({ schemaVersion: 1, skills: {} }))).toBe('{"schemaVersion":1,"skills":{}}')
  })

  it('encodes again only the note histories that changed, and sees a version edited in place', () => {
    const version = (body: string): Record<string, string> => ({
      at: '2026-11-25T12:00:00.000Z',
      title: 'T',
      body,
      reason: 'edit',
    })
    const state = {
      schemaVersion: 2,
      notes: {},
      noteHistory: { a: [version('a1')], b: [version('b1'), version('b2')], c: [version('c1')] },
    }
    const serializer = new StateSerializer()
    serializer.serialize(state)
    const stringify = vi.spyOn(JSON, 'stringify')
    try {
      state.noteHistory.b.push(version('b3'))
      expect(text(serializer.serialize(state))).toBe(JSON.stringify(state))
      const encodedLists = stringify.mock.calls.filter(([value]) => Array.isArray(value))
      expect(encodedLists.filter(([value]) => value === state.noteHistory.b)).toHaveLength(1)
      expect(
        encodedLists.filter(([value]) => value === state.noteHistory.a || value === state.noteHistory.c),
      ).toHaveLength(0)
      ;(state.noteHistory.c[0] as Record<string, string>).body = 'c1 changed in place'
      expect(text(serializer.serialize(state))).toContain('c1 changed in place')
    } finally {
      stringify.mockRestore()
    }
  })
})
