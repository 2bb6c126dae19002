import { describe, expect, it } from 'vitest'
import { act, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { withRealApi } from '../support/with-real-api'
import { manyNotes, stateWithNotes } from '../support/many-notes'
import { useStore } from '../../src/renderer/src/state/store'
import { NotesPanel } from '../../src/renderer/src/components/notes/NotesPanel'
import { skillById } from '../../src/shared/curriculum/skills'
import type { Note } from '../../src/shared/model'

const DATABASES = skillById('databases')!

/** Three notes whose orders by creation, last edit and title all differ. */
const THREE: Record<string, Note> = {
  'n-b': {
    id: 'n-b',
    skillId: 'databases',
    title: 'B-trees',
    body: 'balanced',
    createdAt: '2026-11-01T09:00:00.000Z',
    updatedAt: '2026-11-20T09:00:00.000Z',
  },
  'n-a': {
    id: 'n-a',
    skillId: 'databases',
    title: 'ACID',
    body: 'atomic',
    createdAt: '2026-11-10T09:00:00.000Z',
    updatedAt: '2026-11-11T09:00:00.000Z',
  },
  'n-c': {
    id: 'n-c',
    skillId: 'databases',
    title: 'Connection pools',
    body: 'reuse',
    createdAt: '2026-11-05T09:00:00.000Z',
    updatedAt: '2026-11-22T09:00:00.000Z',
  },
}

const real = withRealApi({ seed: () => stateWithNotes(THREE) })

const list = (): HTMLElement => screen.getByRole('list', { name: 'Notes on Databases' })
const listed = (): string[] =>
  within(list())
    .queryAllByRole('button')
    .map((button) => button.querySelector('.note-list-title')?.textContent ?? '')
const titleBox = (): HTMLInputElement => screen.getByRole<HTMLInputElement>('textbox', { name: 'Note title' })

/**
 * happy-dom lays nothing out, so a scroll box there never scrolls: give the list's box the part of
 * a browser's behaviour the list relies on: a 12-row box with `rows` rows of 36 px, whose scrollTo
 * moves scrollTop and fires "scroll".
 */
function scrollsLikeABrowser(box: HTMLElement, rows: number): void {
  let top = 0
  Object.defineProperty(box, 'scrollTop', {
    configurable: true,
    get: () => top,
    set: (value: number) => void (top = value),
  })
  Object.defineProperty(box, 'clientHeight', { configurable: true, get: () => 12 * 36 })
  Object.defineProperty(box, 'scrollHeight', { configurable: true, get: () => rows * 36 })
  box.scrollTo = ((options: ScrollToOptions) => {
    top = options.top ?? top
    box.dispatchEvent(new Event('scroll'))
  }) as typeof box.scrollTo
}

/** Renders the notes pane of Databases and waits for its list. */
async function showNotes(): Promise<void> {
  render(<NotesPanel skill={DATABASES} />)
  await screen.findByRole('list', { name: 'Notes on Databases' })
}

describe('the note list', () => {
  it('sorts by newest created, last edited or title, and keeps the order in the data file', async () => {
    const user = userEvent.setup()
    await showNotes()
    expect(listed()).toEqual(['ACID', 'Connection pools', 'B-trees'])
    const sort = screen.getByRole('combobox', { name: 'Sort notes' })
    await user.selectOptions(sort, 'Last edited')
    expect(listed()).toEqual(['Connection pools', 'B-trees', 'ACID'])
    await user.selectOptions(sort, 'Title A–Z')
    expect(listed()).toEqual(['ACID', 'B-trees', 'Connection pools'])
    await waitFor(() => expect(real.core.store.state.device.workspace.noteSort).toBe('title'))
  })

  it('filters by the words of a title in any case, and says how many match', async () => {
    const user = userEvent.setup()
    await showNotes()
    const filter = screen.getByRole('searchbox', { name: 'Filter notes by title' })
    await user.type(filter, 'POOL')
    expect(listed()).toEqual(['Connection pools'])
    expect(screen.getByText('1 of 3 notes').getAttribute('role')).toBe('status')
    await user.clear(filter)
    await user.type(filter, 'c s')
    expect(listed()).toEqual(['Connection pools'])
    await user.type(filter, 'zzz')
    expect(listed()).toEqual([])
    expect(screen.getByText('No title matches')).toBeTruthy()
    // The note open in the editor stays open while the list hides it.
    expect(titleBox().value).toBe('ACID')
  })

  it('moves through the notes with the arrow keys, each chosen row taking focus and opening in the editor', async () => {
    const user = userEvent.setup()
    await showNotes()
    await user.click(within(list()).getByRole('button', { name: /ACID/ }))
    await user.keyboard('{ArrowDown}')
    await waitFor(() => expect(titleBox().value).toBe('Connection pools'))
    expect((document.activeElement as HTMLElement).dataset.noteId).toBe('n-c')
    await user.keyboard('{End}')
    await waitFor(() => expect(titleBox().value).toBe('B-trees'))
    expect((document.activeElement as HTMLElement).dataset.noteId).toBe('n-b')
    expect(useStore.getState().selectedNoteId).toBe('n-b')
  })

  it('puts only the rows in sight of 1,000 notes in the page, and brings a note chosen from outside into view with focus', async () => {
    await real.core.store.replace(stateWithNotes(manyNotes(1000)))
    await useStore.getState().app.getState()
    await showNotes()
    const rows = within(list()).getAllByRole('button')
    expect(rows.length).toBeGreaterThan(5)
    expect(rows.length).toBeLessThan(40)
    expect(within(list()).getAllByRole('listitem')[0]?.getAttribute('aria-setsize')).toBe('1000')
    expect(screen.getByText('1,000 notes')).toBeTruthy()
    // As a search hit or the palette would: through the store, by id.
    scrollsLikeABrowser(list().parentElement!, 1000)
    act(() => void useStore.getState().showItem({ kind: 'note', id: 'note-900', skillId: 'databases' }))
    await waitFor(() => expect(titleBox().value).toBe('Connection pools 900'))
    await waitFor(() => expect(document.activeElement).toBe(titleBox()))
    expect(
      within(list())
        .getByRole('button', { name: /Connection pools 900/ })
        .getAttribute('aria-current'),
    ).toBe('true')
    await waitFor(() => expect(titleBox().value).toBe('Connection pools 900'))
    expect(within(list()).getAllByRole('button').length).toBeLessThan(40)
  })

  it('brings a new note into view and puts the cursor in its title', async () => {
    const user = userEvent.setup()
    await showNotes()
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sort notes' }), 'Title A–Z')
    await user.click(screen.getByRole('button', { name: 'New note' }))
    await waitFor(() => expect(listed()).toEqual(['ACID', 'B-trees', 'Connection pools', 'Untitled note']))
    await waitFor(() => expect(document.activeElement).toBe(titleBox()))
    expect(
      within(list())
        .getByRole('button', { name: /Untitled note/ })
        .getAttribute('aria-current'),
    ).toBe('true')
  })
})

describe('the editor modes', () => {
  it('shows the text, both side by side, or the preview alone, and keeps the choice in the data file', async () => {
    const user = userEvent.setup()
    await showNotes()
    // Side by side is where a learner starts.
    expect(screen.getByRole<HTMLInputElement>('radio', { name: 'Split' }).checked).toBe(true)
    expect(screen.getByRole('textbox', { name: 'Notes' })).toBeTruthy()
    expect(await within(screen.getByRole('region', { name: 'Preview' })).findByText('atomic')).toBeTruthy()

    await user.click(screen.getByRole('radio', { name: 'Edit' }))
    expect(screen.queryByRole('region', { name: 'Preview' })).toBeNull()
    expect(screen.getByRole('textbox', { name: 'Notes' })).toBeTruthy()
    await user.click(screen.getByRole('radio', { name: 'Preview' }))
    expect(screen.queryByRole('textbox', { name: 'Notes' })).toBeNull()
    expect(await within(screen.getByRole('region', { name: 'Preview' })).findByText('atomic')).toBeTruthy()
    await waitFor(() => expect(real.core.store.state.device.workspace.noteMode).toBe('preview'))
    // The arrow keys move between the choices, as in any radio group.
    screen.getByRole('radio', { name: 'Preview' }).focus()
    await user.keyboard('{ArrowLeft}')
    expect(screen.getByRole<HTMLInputElement>('radio', { name: 'Split' }).checked).toBe(true)
    await waitFor(() => expect(real.core.store.state.device.workspace.noteMode).toBe('split'))
  })
})
