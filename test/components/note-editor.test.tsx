import { describe, expect, it } from 'vitest'
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { withRealApi } from '../support/with-real-api'
import { noteBox, noteText, selectAllInNote, typeInNote } from '../support/note-editor'
import { useStore } from '../../src/renderer/src/state/store'
import { flushAll } from '../../src/renderer/src/state/flush'
import SkillsView from '../../src/renderer/src/views/SkillsView'
import { listedNote } from '../../src/renderer/src/state/note-lists'

const real = withRealApi()

function bodies(): string[] {
  return Object.values(real.core.store.state.notes).map((note) => note.body)
}

/** Opens a skill and waits for its notes panel to have its list (fetched on first show). */
async function openSkill(user: ReturnType<typeof userEvent.setup>, title: string): Promise<void> {
  await user.click(screen.getByRole('button', { name: title }))
  await screen.findByRole('textbox', { name: 'Notes' })
}

describe('the notes editor', () => {
  it('saves a new note a moment after typing stops, with a live preview and timestamps', async () => {
    const user = userEvent.setup()
    render(<SkillsView />)
    await openSkill(user, 'APIs')
    expect(screen.getByText('Not saved yet')).toBeTruthy()
    await typeInNote('# REST\nUse **nouns** for resources')
    expect(screen.getByRole('status', { name: '' }).textContent).toMatch(/Unsaved changes|Saving…/)
    await waitFor(() => expect(bodies()).toEqual(['# REST\nUse **nouns** for resources']), { timeout: 3000 })
    await waitFor(() => expect(screen.getByText('Saved')).toBeTruthy())
    const preview = screen.getByRole('region', { name: 'Preview' })
    expect((await within(preview).findByRole('heading', { name: 'REST' })).tagName).toBe('H1')
    expect(within(preview).getByText('nouns').tagName).toBe('STRONG')
    expect(screen.getByText(/Created.*Last edited/)).toBeTruthy()
    const [id] = Object.keys(real.core.store.state.notes)
    expect(listedNote(useStore.getState().noteLists, 'apis', id!)?.chars).toBe(34)
    expect(useStore.getState().data?.noteCounts.apis).toBe(1)
  })

  it('creates a new note with its first text in one call and one write', async () => {
    const user = userEvent.setup()
    render(<SkillsView />)
    await openSkill(user, 'Databases')
    const working = real.api
    const calls: string[] = []
    window.api = {
      ...working,
      notes: {
        ...working.notes,
        create: (r) => (calls.push('create'), working.notes.create(r)),
        save: (r) => (calls.push('save'), working.notes.save(r)),
      },
    }
    const writes = real.core.store.writeCount
    await typeInNote('joins')
    await user.tab()
    await waitFor(() => expect(bodies()).toEqual(['joins']))
    expect(calls).toEqual(['create'])
    await real.core.store.flush()
    expect(real.core.store.writeCount - writes).toBe(1)
    window.api = working
  })

  it('saves at once when the editor loses focus', async () => {
    const user = userEvent.setup()
    render(<SkillsView />)
    await openSkill(user, 'Databases')
    await typeInNote('joins')
    await user.tab()
    await waitFor(() => expect(bodies()).toEqual(['joins']), { timeout: 300 })
  })

  it('saves what was just typed when the window asks to flush before closing', async () => {
    const user = userEvent.setup()
    render(<SkillsView />)
    await openSkill(user, 'Databases')
    await typeInNote('last second')
    await flushAll()
    expect(bodies()).toEqual(['last second'])
  })

  it('saves when switching to another skill, and shows the note again on return', async () => {
    const user = userEvent.setup()
    render(<SkillsView />)
    await openSkill(user, 'Databases')
    await typeInNote('about indexes')
    await openSkill(user, 'APIs')
    expect(noteText()).toBe('')
    await waitFor(() => expect(bodies()).toEqual(['about indexes']))
    await openSkill(user, 'Databases')
    await waitFor(() => expect(noteText()).toBe('about indexes'))
  })

  it('keeps the draft and says so when a save fails, then saves it on retry', async () => {
    const user = userEvent.setup()
    render(<SkillsView />)
    await openSkill(user, 'Security awareness')
    const working = real.api
    window.api = {
      ...working,
      notes: {
        ...working.notes,
        create: () =>
          Promise.resolve({
            ok: false as const,
            error: { code: 'io-error' as const, message: 'Could not save to disk (ENOSPC).' },
          }),
      },
    }
    await typeInNote('hash passwords')
    await user.tab()
    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toContain('Not saved: Could not save to disk (ENOSPC). Your text is kept here.')
    expect(noteText()).toBe('hash passwords')
    window.api = working
    await user.click(within(alert).getByRole('button', { name: 'Try again' }))
    await waitFor(() => expect(bodies()).toEqual(['hash passwords']))
    expect(screen.queryByRole('alert')).toBeNull()
  })

  it('stays focused while a new note gets saved for the first time', async () => {
    const user = userEvent.setup()
    render(<SkillsView />)
    await openSkill(user, 'Frontend basics')
    const box = noteBox()
    await typeInNote('flexbox')
    await waitFor(() => expect(bodies()).toEqual(['flexbox']), { timeout: 3000 })
    expect(noteBox()).toBe(box)
    expect(document.activeElement).toBe(box)
  })

  it('keeps several notes per skill, switches between them, and deletes one after confirming', async () => {
    const user = userEvent.setup()
    render(<SkillsView />)
    await openSkill(user, 'Web servers')
    await user.type(screen.getByRole('textbox', { name: 'Note title' }), 'Nginx')
    await typeInNote('reverse proxy')
    await user.tab()
    await waitFor(() => expect(bodies()).toEqual(['reverse proxy']))
    await user.click(await screen.findByRole('button', { name: 'New note' }))
    await waitFor(() => expect(screen.getByRole('list', { name: 'Notes on Web servers' })).toBeTruthy())
    await typeInNote('second one')
    await user.tab()
    await waitFor(() => expect(bodies().sort()).toEqual(['reverse proxy', 'second one']))

    const list = screen.getByRole('list', { name: 'Notes on Web servers' })
    await user.click(within(list).getByRole('button', { name: /Nginx/ }))
    await waitFor(() => expect(noteText()).toBe('reverse proxy'))
    await user.click(screen.getByRole('button', { name: 'Delete note' }))
    await user.click(
      within(screen.getByRole('alertdialog', { name: 'Delete this note?' })).getByRole('button', { name: 'Delete' }),
    )
    await waitFor(() => expect(bodies()).toEqual(['second one']))
    await waitFor(() => expect(noteText()).toBe('second one'))
  })

  it('refuses a note over the size limit with a clear message and keeps the text', async () => {
    const user = userEvent.setup()
    render(<SkillsView />)
    await openSkill(user, 'Databases')
    await typeInNote('x')
    await user.tab()
    await waitFor(() => expect(bodies()).toEqual(['x']))
    // Typing a megabyte key by key is too slow for a test: set it the way a paste would.
    const long = `${'y'.repeat(999)}\n`.repeat(1001)
    selectAllInNote()
    await typeInNote(long)
    fireEvent.blur(noteBox())
    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toContain('A note can hold at most 1,000,000 characters')
    expect(noteText().length).toBe(long.length)
    expect(bodies()).toEqual(['x'])
  }, 30_000)
})
