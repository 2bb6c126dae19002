import { describe, expect, it } from 'vitest'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { DATA_FILE } from '../../../../src/main/store/data-store'
import type { Note, NoteVersion } from '../../../../src/shared/model'
import { withCore } from '../../../support/with-core'

const app = withCore()

const create = async (skillId: string, title: string, body = ''): Promise<string> =>
  (await app.ok<{ id: string }>('notes:create', { skillId, title, body })).id
const backlinks = async (kind: 'note' | 'skill', id: string): Promise<string[]> =>
  (await app.ok<{ notes: Array<{ title: string }> }>('notes:backlinks', { kind, id })).notes.map((note) => note.title)

describe('links between notes', () => {
  it('lists what links to a note and to a skill, by title, alias or skill id, and not from code', async () => {
    const rest = await create('apis', 'REST verbs', 'GET and PUT')
    await create('apis', 'Caching', 'See [[rest verbs|the verbs]] and [[Databases]].')
    await create('databases', 'Indexes', 'Like [[REST verbs]]? No: [[databases]]\n\n```\n[[Caching]]\n```')
    expect(await backlinks('note', rest)).toEqual(['Indexes', 'Caching'])
    expect(await backlinks('skill', 'databases')).toEqual(['Indexes', 'Caching'])
    const caching = (await app.ok<{ notes: Array<{ id: string; title: string }> }>('notes:linkTargets')).notes.find(
      (note) => note.title === 'Caching',
    )
    expect(await backlinks('note', caching?.id ?? '')).toEqual([])
  })

  it('follows each save incrementally: a new link shows at once, a removed one goes', async () => {
    const target = await create('apis', 'Target')
    const linker = await create('apis', 'Linker', 'nothing yet')
    expect(await backlinks('note', target)).toEqual([])
    await app.ok('notes:save', { id: linker, body: 'now [[Target]]' })
    expect(await backlinks('note', target)).toEqual(['Linker'])
    await app.ok('notes:save', { id: linker, body: 'gone' })
    expect(await backlinks('note', target)).toEqual([])
    await app.ok('notes:save', { id: linker, body: '[[Target]] again' })
    await app.ok('notes:delete', { id: linker })
    expect(await backlinks('note', target)).toEqual([])
  })

  it('rewrites the links in linking notes when a note is renamed, keeps their old text as a version, and still finds them after a restart', async () => {
    const rest = await create('apis', 'REST verbs', 'GET')
    const linker = await create(
      'apis',
      'Caching',
      'See [[REST verbs|the verbs]] and [[rest verbs]], not `[[REST verbs]]`.',
    )
    await app.ok('notes:save', { id: rest, title: 'HTTP verbs', body: 'GET' })
    const rewritten = await app.ok<Note>('notes:get', { id: linker })
    expect(rewritten.body).toBe('See [[HTTP verbs|the verbs]] and [[HTTP verbs]], not `[[REST verbs]]`.')
    const versions = (await app.ok<{ versions: NoteVersion[] }>('notes:history', { id: linker })).versions
    expect(versions.map((v) => [v.body, v.reason])).toEqual([
      ['See [[REST verbs|the verbs]] and [[rest verbs]], not `[[REST verbs]]`.', 'rename'],
    ])
    const onDisk = JSON.parse(await readFile(join(app.dir, DATA_FILE), 'utf8')) as { notes: Record<string, Note> }
    expect(onDisk.notes[linker]?.body).toBe(rewritten.body)
    await app.restart()
    expect(await backlinks('note', rest)).toEqual(['Caching'])
    expect(await app.ok('search:query', { text: 'HTTP' })).toMatchObject({
      hits: expect.arrayContaining([expect.objectContaining({ noteId: linker })]),
    })
  })

  it('leaves links alone when another note still has the old title', async () => {
    await create('apis', 'Twin', 'first')
    const second = await create('apis', 'Twin', 'second')
    const linker = await create('apis', 'Linker', '[[Twin]]')
    await app.ok('notes:save', { id: second, title: 'Renamed', body: 'second' })
    expect((await app.ok<Note>('notes:get', { id: linker })).body).toBe('[[Twin]]')
  })

  it('answers not-found for backlinks of a note or skill that does not exist', async () => {
    expect(await app.core.dispatch('notes:backlinks', { kind: 'skill', id: 'no-such-skill' })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    })
    expect(await app.core.dispatch('notes:backlinks', { kind: 'note', id: 'note-missing' })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    })
  })
})
