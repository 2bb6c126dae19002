import { basename } from 'node:path'
import { describe, expect, it } from 'vitest'
import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { withRealApi } from '../support/with-real-api'
import { noteText } from '../support/note-editor'
import { useStore } from '../../src/renderer/src/state/store'
import { NotesPanel } from '../../src/renderer/src/components/notes/NotesPanel'
import { skillById } from '../../src/shared/curriculum/skills'
import type { Note } from '../../src/shared/model'
import { COMMANDS } from '../../src/renderer/src/commands/commands'

const real = withRealApi({ load: false })
const APIS = skillById('apis')!
const DSA = skillById('dsa')!

/** Puts notes straight into main's data (as years of use would have), then loads the state. */
async function seed(...notes: Array<Pick<Note, 'id' | 'skillId' | 'title' | 'createdAt'>>): Promise<void> {
  await real.core.store.update((state) => {
    for (const note of notes) state.notes[note.id] = { body: `About ${note.title}`, updatedAt: note.createdAt, ...note }
  })
  await useStore.getState().app.getState()
}

const REST = { id: 'n-rest', skillId: 'apis', title: 'REST', createdAt: '2025-01-01T09:00:00.000Z' }
const GRAPHQL = { id: 'n-graphql', skillId: 'apis', title: 'GraphQL', createdAt: '2025-05-01T09:00:00.000Z' }
const HEAPS = { id: 'n-heaps', skillId: 'dsa', title: 'Heaps', createdAt: '2025-03-01T09:00:00.000Z' }

/** Passes every notes.list call on to the real one, noting which skill it asked for. */
function recordListCalls(): string[] {
  const calls: string[] = []
  const api = real.api
  window.api = {
    ...api,
    notes: { ...api.notes, list: (request) => (calls.push(request.skillId), api.notes.list(request)) },
  }
  return calls
}

/** Holds back notes.list answers (main computes them at once) until release() is called: a slow reply. */
function holdListAnswers(): () => void {
  let release = (): void => undefined
  const gate = new Promise<void>((resolve) => (release = resolve))
  const api = real.api
  window.api = {
    ...api,
    notes: {
      ...api.notes,
      list: async (request) => {
        const answer = api.notes.list(request)
        await gate
        return answer
      },
    },
  }
  return release
}

const panel = (): HTMLElement => screen.getByRole('region', { name: 'Your notes' })
const listed = (skillTitle: string): string[] =>
  within(screen.getByRole('list', { name: `Notes on ${skillTitle}` }))
    .getAllByRole('button')
    .map((button) => button.querySelector('.note-list-title')?.textContent ?? '')

describe('the notes panel', () => {
  it("fetches a skill's notes only when it shows that skill, and says so while they load", async () => {
    await seed(REST, GRAPHQL, HEAPS)
    expect(useStore.getState().data).not.toHaveProperty('notes')
    expect(useStore.getState().data?.noteCounts).toEqual({ apis: 2, dsa: 1 })
    expect(useStore.getState().noteLists).toEqual({})
    const calls = recordListCalls()

    const { rerender } = render(<NotesPanel skill={APIS} />)
    expect(panel().getAttribute('aria-busy')).toBe('true')
    expect(within(panel()).getByRole('status').textContent).toBe('Loading notes…')
    expect(within(panel()).queryByRole('textbox', { name: 'Notes' })).toBeNull()
    await within(panel()).findByRole('list', { name: 'Notes on APIs' })
    expect(listed('APIs')).toEqual(['GraphQL', 'REST'])
    expect(panel().getAttribute('aria-busy')).toBe('false')
    await waitFor(() => expect(noteText()).toBe('About GraphQL'))

    rerender(<NotesPanel skill={DSA} />)
    expect(within(panel()).getByRole('status').textContent).toBe('Loading notes…')
    await waitFor(() =>
      expect(screen.getByRole<HTMLInputElement>('textbox', { name: 'Note title' }).value).toBe('Heaps'),
    )
    // Back to a skill already fetched: shown at once, not asked for again.
    rerender(<NotesPanel skill={APIS} />)
    expect(listed('APIs')).toEqual(['GraphQL', 'REST'])
    expect(calls).toEqual(['apis', 'dsa'])
  })

  it('asks main once per skill however often the list is wanted while it loads', async () => {
    await seed(REST)
    const calls = recordListCalls()
    const { list: loadNotes } = useStore.getState().notes
    await Promise.all([loadNotes('apis'), loadNotes('apis'), loadNotes('dsa')])
    await loadNotes('apis')
    expect(calls).toEqual(['apis', 'dsa'])
    expect(useStore.getState().noteLists).toMatchObject({
      apis: { status: 'ready', notes: [{ id: 'n-rest' }] },
      dsa: { status: 'ready', notes: [] },
    })
  })

  it('lists a new or renamed note at once, without fetching the list again', async () => {
    await seed(REST)
    const calls = recordListCalls()
    const user = userEvent.setup()
    render(<NotesPanel skill={APIS} />)
    await waitFor(() =>
      expect(screen.getByRole<HTMLInputElement>('textbox', { name: 'Note title' }).value).toBe('REST'),
    )
    await user.click(screen.getByRole('button', { name: 'New note' }))
    await waitFor(() => expect(listed('APIs')).toEqual(['Untitled note', 'REST']))
    expect(useStore.getState().data?.noteCounts.apis).toBe(2)
    const title = screen.getByRole('textbox', { name: 'Note title' })
    await user.type(title, 'Pagination')
    await user.tab()
    await waitFor(() => expect(listed('APIs')).toEqual(['Pagination', 'REST']))
    expect(calls).toEqual(['apis'])
  })

  it('lists the first note of a skill once typing in its empty editor saved it', async () => {
    await seed()
    const user = userEvent.setup()
    render(<NotesPanel skill={DSA} />)
    const body = await screen.findByRole('textbox', { name: 'Notes' })
    expect(useStore.getState().data?.noteCounts.dsa).toBeUndefined()
    await user.type(body, 'Tries for prefixes')
    await user.tab()
    await waitFor(() =>
      expect(useStore.getState().noteLists.dsa).toMatchObject({ status: 'ready', notes: [{ chars: 18 }] }),
    )
    expect(useStore.getState().data?.noteCounts.dsa).toBe(1)
    // The editor the learner typed in stays, with its focus moved on by the tab only.
    expect(screen.getByRole('textbox', { name: 'Notes' })).toBe(body)
  })

  it('shows why the list could not be loaded, and loads it on "Try again"', async () => {
    await seed(REST)
    // A real failure inside the handler: a note whose body is not text makes notes:list throw.
    await real.core.store.update(
      (state) =>
        void (state.notes['n-broken'] = { ...state.notes['n-rest']!, id: 'n-broken', body: null as unknown as string }),
    )
    const user = userEvent.setup()
    render(<NotesPanel skill={APIS} />)
    const alert = await within(panel()).findByRole('alert')
    expect(alert.textContent).toContain(
      'Could not load your notes on APIs: Something went wrong in notes:list. Details were written to the log.',
    )
    expect(screen.queryByRole('textbox', { name: 'Notes' })).toBeNull()
    expect(screen.queryByRole('button', { name: 'New note' })).toBeNull()
    expect(useStore.getState().noteLists.apis).toEqual({ status: 'error', error: expect.any(String) })

    await real.core.store.update((state) => void delete state.notes['n-broken'])
    await user.click(within(alert).getByRole('button', { name: 'Try again' }))
    await waitFor(() =>
      expect(screen.getByRole<HTMLInputElement>('textbox', { name: 'Note title' }).value).toBe('REST'),
    )
    expect(screen.queryByRole('alert')).toBeNull()
  })

  it('fetches the list again after a restore replaced the data', async () => {
    await seed(REST)
    const backup = basename(await real.core.store.backupNow())
    await real.api.notes.create({ skillId: 'apis', title: 'After the backup' })
    await useStore.getState().app.getState()
    render(<NotesPanel skill={APIS} />)
    await waitFor(() => expect(listed('APIs')).toEqual(['After the backup', 'REST']))

    const preview = await real.api.backup.previewRestore({ name: backup })
    if (!preview.ok) throw new Error(preview.error.message)
    await useStore.getState().imports.confirm(preview.value.token)
    expect(useStore.getState().data?.noteCounts).toEqual({ apis: 1 })
    await waitFor(() =>
      expect(screen.getByRole<HTMLInputElement>('textbox', { name: 'Note title' }).value).toBe('REST'),
    )
    expect(screen.queryByRole('list', { name: 'Notes on APIs' })).toBeNull()
  })
})

describe('note lists in the store', () => {
  it('lays a note created or deleted while the list was on its way over the answer', async () => {
    await seed(REST, GRAPHQL)
    const { list: loadNotes, start: createNote, delete: deleteNote } = useStore.getState().notes
    // main answers the list before it sees the create and the delete below; the answer arrives after them.
    const release = holdListAnswers()
    const loading = loadNotes('apis')
    const created = await createNote('apis')
    expect((await deleteNote('n-rest', 'apis')).ok).toBe(true)
    expect(useStore.getState().noteLists.apis?.status).toBe('loading')
    release()
    await loading
    const list = useStore.getState().noteLists.apis
    expect(list?.status === 'ready' && list.notes.map((note) => note.id)).toEqual([
      created.ok && created.value.id,
      'n-graphql',
    ])
    expect(useStore.getState().data?.noteCounts.apis).toBe(2)
  })

  it('ignores an answer that arrives after the lists were dropped', async () => {
    await seed(REST)
    const release = holdListAnswers()
    const loading = useStore.getState().notes.list('apis')
    await useStore.getState().app.getState()
    release()
    await loading
    expect(useStore.getState().noteLists).toEqual({})
  })
})

describe('the "review card from the current note" command', () => {
  it('is offered for a skill with notes before its list is fetched, counting notes created and deleted', async () => {
    await seed(REST)
    const command = COMMANDS.find((c) => c.id === 'card-from-note')!
    const offered = (skillId: string): boolean | undefined => {
      useStore.getState().selectSkill(skillId)
      return command.available?.(useStore.getState())
    }
    expect(offered('apis')).toBe(true)
    expect(offered('dsa')).toBe(false)
    expect(useStore.getState().noteLists).toEqual({})
    const created = await useStore.getState().notes.start('dsa')
    expect(offered('dsa')).toBe(true)
    if (!created.ok) throw new Error(created.message)
    await useStore.getState().notes.delete(created.value.id, 'dsa')
    expect(offered('dsa')).toBe(false)
  })
})
