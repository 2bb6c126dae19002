import { describe, expect, it } from 'vitest'
import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { withRealApi } from '../support/with-real-api'
import SkillsView from '../../src/renderer/src/views/SkillsView'

const real = withRealApi()

const notesBox = (): HTMLTextAreaElement => screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Notes' })

describe('[[ link autocomplete in the note editor', () => {
  it('suggests skills and note titles after [[, moves with the arrow keys, inserts with Enter and closes with Escape', async () => {
    await real.core.dispatch('notes:create', { skillId: 'apis', title: 'Idempotency keys', body: 'Retry safely.' })
    const user = userEvent.setup()
    render(<SkillsView />)
    await user.click(screen.getByRole('button', { name: 'Databases' }))
    await screen.findByRole('textbox', { name: 'Notes' })
    const box = notesBox()
    await user.click(box)
    // user-event reads "[[" as one "[" typed.
    await user.type(box, 'See [[[[i')
    const listbox = await screen.findByRole('listbox', { name: 'Link to' })
    const options = within(listbox).getAllByRole('option')
    // Names starting with what was typed come first.
    expect(options[0]?.textContent).toBe('Idempotency keysNote')
    expect(options[0]?.getAttribute('aria-selected')).toBe('true')
    expect(box.getAttribute('aria-controls')).toBe(listbox.id)
    expect(box.getAttribute('aria-activedescendant')).toBe(options[0]?.id)
    expect(screen.getByText(/suggestions? for a link: up and down arrows/)).toBeTruthy()

    await user.keyboard('{ArrowDown}')
    expect(box.getAttribute('aria-activedescendant')).toBe(options[1]?.id)
    await user.keyboard('{ArrowUp}{Enter}')
    expect(box.value).toBe('See [[Idempotency keys]]')
    expect(screen.queryByRole('listbox')).toBeNull()
    expect(box.selectionStart).toBe(box.value.length)

    await user.type(box, ' and [[[[web')
    expect(await screen.findByRole('option', { name: /Web servers/ })).toBeTruthy()
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('listbox')).toBeNull()
    expect(box.getAttribute('aria-activedescendant')).toBeNull()
    await user.type(box, ' s')
    expect(screen.queryByRole('listbox')).toBeNull()
    await waitFor(() => expect(Object.values(real.core.store.state.notes).map((note) => note.body)).toContain('See [[Idempotency keys]] and [[web s'), { timeout: 3000 })
  })

  it('offers suggestions as soon as [[ is typed, and none outside an unclosed [[ on the current line', async () => {
    const user = userEvent.setup()
    render(<SkillsView />)
    await user.click(screen.getByRole('button', { name: 'APIs' }))
    await screen.findByRole('textbox', { name: 'Notes' })
    await user.type(notesBox(), '[[[[APIs]] then plain text')
    expect(screen.queryByRole('listbox')).toBeNull()
    await user.type(notesBox(), '{Enter}`code` [[[[')
    expect(within(await screen.findByRole('listbox', { name: 'Link to' })).getAllByRole('option')).toHaveLength(8)
    await user.type(notesBox(), '{Enter}')
    expect(screen.queryByRole('listbox')).toBeNull()
  })
})
