import { describe, expect, it } from 'vitest'
import type { Note } from '../../../../src/shared/model'
import { withCore } from '../../../support/with-core'

const app = withCore()

type Listed = { notes: Array<Record<string, unknown> & { id: string }> }

/** Puts notes straight into the data, with the creation times a test needs. */
async function seed(...notes: Array<Pick<Note, 'id' | 'skillId' | 'createdAt'> & Partial<Note>>): Promise<void> {
  await app.core.store.update((state) => {
    for (const note of notes) state.notes[note.id] = { title: '', body: '', updatedAt: note.createdAt, ...note }
  })
}

const list = (skillId: string): Promise<Listed> => app.ok<Listed>('notes:list', { skillId })
const ids = async (skillId: string): Promise<string[]> => (await list(skillId)).notes.map((note) => note.id)

describe('notes:list', () => {
  it("answers only that skill's notes, newest created first, without bodies", async () => {
    await seed(
      { id: 'n-old', skillId: 'apis', createdAt: '2025-01-01T00:00:00.000Z', title: 'REST', body: 'GET reads' },
      { id: 'n-other', skillId: 'dsa', createdAt: '2025-06-01T00:00:00.000Z' },
      { id: 'n-new', skillId: 'apis', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-02-01T00:00:00.000Z' },
      { id: 'n-mid', skillId: 'apis', createdAt: '2025-06-01T00:00:00.000Z' },
    )
    const { notes } = await list('apis')
    expect(notes.map((note) => note.id)).toEqual(['n-new', 'n-mid', 'n-old'])
    expect(notes[2]).toEqual({
      id: 'n-old',
      skillId: 'apis',
      title: 'REST',
      chars: 9,
      createdAt: '2025-01-01T00:00:00.000Z',
      updatedAt: '2025-01-01T00:00:00.000Z',
    })
    for (const note of notes) expect(note).not.toHaveProperty('body')
    expect(await ids('dsa')).toEqual(['n-other'])
    expect(await ids('security')).toEqual([])
  })

  it('orders notes created in the same millisecond the same way every time', async () => {
    const at = '2025-03-03T03:03:03.003Z'
    await seed(
      { id: 'n-b', skillId: 'apis', createdAt: at },
      { id: 'n-c', skillId: 'apis', createdAt: at },
      { id: 'n-a', skillId: 'apis', createdAt: at },
    )
    expect(await ids('apis')).toEqual(['n-c', 'n-b', 'n-a'])
  })

  it('follows notes as they are created, saved and deleted', async () => {
    const first = await app.ok<{ id: string }>('notes:create', { skillId: 'apis', title: 'First' })
    const second = await app.ok<{ id: string }>('notes:create', { skillId: 'apis' })
    expect(new Set(await ids('apis'))).toEqual(new Set([first.id, second.id]))
    const saved = await app.ok<{ updatedAt: string }>('notes:save', {
      id: first.id,
      title: 'Renamed',
      body: 'twelve chars',
    })
    expect((await list('apis')).notes.find((note) => note.id === first.id)).toMatchObject({
      title: 'Renamed',
      chars: 12,
      updatedAt: saved.updatedAt,
    })
    await app.ok('notes:delete', { id: second.id })
    expect(await ids('apis')).toEqual([first.id])
  })

  it('refuses a payload that is not a skill id before the handler runs', async () => {
    for (const payload of [
      undefined,
      {},
      { skillId: 42 },
      { skillId: '' },
      { skillId: 'APIs' },
      { skillId: '__proto__' },
      { skillId: 'x'.repeat(81) },
    ]) {
      expect(await app.core.dispatch('notes:list', payload), JSON.stringify(payload)).toMatchObject({
        ok: false,
        error: { code: 'invalid-payload' },
      })
    }
  })

  it('answers not-found for a skill that is not in the curriculum, like the other notes channels', async () => {
    await seed({ id: 'n-stray', skillId: 'cooking', createdAt: '2025-01-01T00:00:00.000Z' })
    expect(await app.core.dispatch('notes:list', { skillId: 'cooking' })).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'There is no skill with the id "cooking".' },
    })
  })
})
