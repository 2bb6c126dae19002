import { describe, expect, it } from 'vitest'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Core } from '../../../../src/main/core'
import { DATA_FILE } from '../../../../src/main/store/data-store'
import type { Note } from '../../../../src/shared/model'
import { answerOf } from '../../../support/dispatch-answer'
import { withCore } from '../../../support/with-core'

/**
 * A writer none of the followers knows: not a channel, not a handler they wrap, the way a future
 * handler would write. It only changes the state. (Another computer's changes, origin "device",
 * keep history versions by their own rule: see the sync tests.)
 */
function writeBehindTheirBack(core: Core, note: Note): Promise<void> {
  return core.store.update((state) => void (state.notes[note.id] = note), { kind: 'internal' })
}

const note = (body: string, updatedAt: string): Note => ({
  id: 'note-from-elsewhere',
  skillId: 'databases',
  title: 'Replication lag',
  body,
  createdAt: '2026-11-01T09:00:00.000Z',
  updatedAt,
})

describe('what follows the notes, whoever writes them', () => {
  const test = withCore()

  it('finds search, links, cards and history right after a write no follower was told of', async () => {
    const target = await test.ok<{ id: string }>('notes:create', {
      skillId: 'databases',
      title: 'Read replicas',
      body: 'Copies that serve reads.',
    })
    // Built before the write, so a follower that missed it would answer from what it held.
    expect((await answerOf<{ hits: unknown[] }>(test.core, 'search:query', { text: 'quorum' })).hits).toEqual([])
    expect(
      (await answerOf<{ notes: unknown[] }>(test.core, 'notes:backlinks', { kind: 'note', id: target.id })).notes,
    ).toEqual([])

    await writeBehindTheirBack(
      test.core,
      note(
        'Quorum reads hide lag. See [[Read replicas]].\n\nWhat is lag? :: The delay before a replica sees a write',
        '2026-11-01T09:00:00.000Z',
      ),
    )

    const search = await answerOf<{ hits: Array<{ noteId?: string }> }>(test.core, 'search:query', { text: 'quorum' })
    expect(search.hits.map((hit) => hit.noteId)).toContain('note-from-elsewhere')
    const backlinks = await answerOf<{ notes: Array<{ id: string }> }>(test.core, 'notes:backlinks', {
      kind: 'note',
      id: target.id,
    })
    expect(backlinks.notes.map((linker) => linker.id)).toEqual(['note-from-elsewhere'])
    const cards = Object.values(test.core.store.state.review.noteCards).filter(
      (card) => card.noteId === 'note-from-elsewhere',
    )
    expect(cards).toMatchObject([
      { front: 'What is lag?', back: 'The delay before a replica sees a write', retired: false },
    ])

    // A second write from elsewhere keeps the text it replaced, and everything is on disk together.
    await writeBehindTheirBack(test.core, note('Quorum reads hide lag.', '2026-11-02T09:00:00.000Z'))
    const { versions } = await answerOf<{ versions: Array<{ body: string }> }>(test.core, 'notes:history', {
      id: 'note-from-elsewhere',
    })
    expect(versions.map((version) => version.body)).toEqual([expect.stringContaining('What is lag? ::')])
    const onDisk = JSON.parse(await readFile(join(test.dir, DATA_FILE), 'utf8')) as {
      noteHistory: Record<string, unknown[]>
      review: { noteCards: Record<string, { noteId: string; retired: boolean }> }
    }
    expect(onDisk.noteHistory['note-from-elsewhere']).toHaveLength(1)
    expect(
      Object.values(onDisk.review.noteCards).filter((card) => card.noteId === 'note-from-elsewhere'),
    ).toMatchObject([{ retired: true }])
    expect(
      (await answerOf<{ notes: unknown[] }>(test.core, 'notes:backlinks', { kind: 'note', id: target.id })).notes,
    ).toEqual([])
  })
})
