import { describe, expect, it } from 'vitest'
import { readFile } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { DATA_FILE } from '../../../../src/main/store/data-store'
import { MAX_NOTE_CHARS } from '../../../../src/shared/schemas/common'
import { withCore } from '../../../support/with-core'

const app = withCore()

describe('notes handlers', () => {
  it('creates, saves and reads back a note, and keeps it across a restart', async () => {
    const created = await app.ok<{ id: string; chars: number; createdAt: string }>('notes:create', { skillId: 'apis' })
    expect(created).toMatchObject({ skillId: 'apis', title: '', chars: 0 })
    const saved = await app.ok<{ chars: number; updatedAt: string }>('notes:save', {
      id: created.id,
      title: 'REST',
      body: '# Verbs\nGET reads',
    })
    expect(saved.chars).toBe(17)
    expect(saved.updatedAt > created.createdAt).toBe(true)

    await app.restart()
    expect(await app.ok('notes:get', { id: created.id })).toMatchObject({
      title: 'REST',
      body: '# Verbs\nGET reads',
      createdAt: created.createdAt,
    })
    const onDisk = JSON.parse(await readFile(join(app.dir, DATA_FILE), 'utf8')) as {
      notes: Record<string, { body: string }>
    }
    expect(onDisk.notes[created.id]?.body).toBe('# Verbs\nGET reads')
  })

  it('sends no notes with getState, only how many each skill has', async () => {
    const { id } = await app.ok<{ id: string }>('notes:create', { skillId: 'dsa', title: 'Heaps' })
    await app.ok('notes:save', { id, body: 'a secret body' })
    await app.ok('notes:create', { skillId: 'dsa' })
    await app.ok('notes:create', { skillId: 'apis' })
    const answer = await app.ok<{ state: Record<string, unknown> }>('app:getState')
    expect(answer.state).not.toHaveProperty('notes')
    expect(answer.state.noteCounts).toEqual({ dsa: 2, apis: 1 })
    expect(JSON.stringify(answer)).not.toContain(id)
  })

  it('creates a note with its first title and body in one write', async () => {
    const writes = app.core.store.writeCount
    const created = await app.ok<{ id: string; title: string; chars: number }>('notes:create', {
      skillId: 'apis',
      title: 'REST',
      body: '# Verbs',
    })
    expect(created).toMatchObject({ title: 'REST', chars: 7 })
    expect(app.core.store.writeCount - writes).toBe(1)
    expect(await app.ok('notes:get', { id: created.id })).toMatchObject({ title: 'REST', body: '# Verbs' })
    expect(
      await app.core.dispatch('notes:create', { skillId: 'apis', body: 'x'.repeat(MAX_NOTE_CHARS + 1) }),
    ).toMatchObject({ ok: false, error: { code: 'invalid-payload' } })
  })

  it('keeps the title when a save leaves it out', async () => {
    const { id } = await app.ok<{ id: string }>('notes:create', { skillId: 'dsa', title: 'Heaps' })
    expect(await app.ok('notes:save', { id, body: 'x' })).toMatchObject({ title: 'Heaps' })
  })

  it('deletes a note', async () => {
    const { id } = await app.ok<{ id: string }>('notes:create', { skillId: 'dsa' })
    expect(await app.ok('notes:delete', { id })).toEqual({ id })
    expect(await app.core.dispatch('notes:get', { id })).toMatchObject({ ok: false, error: { code: 'not-found' } })
  })

  it('rejects an unknown skill or note with not-found and changes nothing', async () => {
    expect(await app.core.dispatch('notes:create', { skillId: 'cooking' })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    })
    expect(await app.core.dispatch('notes:save', { id: 'note-missing', body: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'not-found', message: 'That note no longer exists. It may have been deleted.' },
    })
    expect(await app.core.dispatch('notes:delete', { id: '__proto__' })).toMatchObject({ ok: false })
    expect(Object.keys(app.core.store.state.notes)).toEqual([])
  })

  it('refuses a body over the limit with a message a learner understands', async () => {
    const { id } = await app.ok<{ id: string }>('notes:create', { skillId: 'apis' })
    const result = await app.core.dispatch('notes:save', { id, body: 'x'.repeat(MAX_NOTE_CHARS + 1) })
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-payload' } })
    expect(!result.ok && result.error.message).toMatch(/at most 1,000,000 characters/)
    expect(await app.ok('notes:get', { id })).toMatchObject({ body: '' })
  })

  it('accepts a body of exactly the limit', async () => {
    const { id } = await app.ok<{ id: string }>('notes:create', { skillId: 'apis' })
    expect(await app.ok('notes:save', { id, body: 'y'.repeat(MAX_NOTE_CHARS) })).toMatchObject({
      chars: MAX_NOTE_CHARS,
    })
  })
})

describe('search handlers', () => {
  it('finds a word from a saved note, follows edits and forgets deleted notes', async () => {
    const { id } = await app.ok<{ id: string }>('notes:create', { skillId: 'security' })
    await app.ok('notes:save', { id, body: 'Salted hashes with argon2id are slow on purpose.' })
    const first = await app.ok<{ hits: Array<{ kind: string; noteId?: string; skillId: string; terms: string[] }> }>(
      'search:query',
      { text: 'argon' },
    )
    expect(first.hits).toEqual([
      expect.objectContaining({ kind: 'note', noteId: id, skillId: 'security', terms: ['argon2id'] }),
    ])

    await app.ok('notes:save', { id, body: 'Now about bcrypt instead.' })
    expect((await app.ok<{ total: number }>('search:query', { text: 'argon2id' })).total).toBe(0)
    expect((await app.ok<{ total: number }>('search:query', { text: 'bcrypt' })).total).toBe(1)

    await app.ok('notes:delete', { id })
    expect((await app.ok<{ total: number }>('search:query', { text: 'bcrypt' })).total).toBe(0)
  })

  it('follows a restore that replaces every note, through the same wrapper as note edits', async () => {
    const kept = await app.ok<{ id: string }>('notes:create', { skillId: 'security' })
    await app.ok('notes:save', { id: kept.id, body: 'albatross wings' })
    expect((await app.ok<{ total: number }>('search:query', { text: 'albatross' })).total).toBe(1)
    const backupName = basename(await app.core.store.backupNow())

    await app.ok('notes:save', { id: kept.id, body: 'cormorant dives' })
    const added = await app.ok<{ id: string }>('notes:create', { skillId: 'apis' })
    await app.ok('notes:save', { id: added.id, body: 'pelican pouch' })
    expect((await app.ok<{ total: number }>('search:query', { text: 'pelican' })).total).toBe(1)

    const preview = await app.ok<{ token: string }>('backup:previewRestore', { name: backupName })
    await app.ok('imports:confirm', { token: preview.token })
    const total = async (text: string): Promise<number> =>
      (await app.ok<{ total: number }>('search:query', { text })).total
    expect(await total('albatross')).toBe(1)
    expect(await total('cormorant')).toBe(0)
    expect(await total('pelican')).toBe(0)
  })

  it('rejects an over-long query', async () => {
    expect(await app.core.dispatch('search:query', { text: 'a'.repeat(501) })).toMatchObject({
      ok: false,
      error: { code: 'invalid-payload' },
    })
  })
})
