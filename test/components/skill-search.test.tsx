import { describe, expect, it } from 'vitest'
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { withRealApi } from '../support/with-real-api'
import { useStore } from '../../src/renderer/src/state/store'
import SkillsView from '../../src/renderer/src/views/SkillsView'

const real = withRealApi()

describe('the search box', () => {
  it('is focused with "/", marks matched words with <mark>, never as HTML, and clears with Escape', async () => {
    const user = userEvent.setup()
    const created = await real.api.notes.create({ skillId: 'apis' })
    if (!created.ok) throw new Error(created.error.message)
    const { id } = created.value
    expect(
      (await real.api.notes.save({ id, title: 'Idempotency <b>keys</b>', body: 'Retries need idempotency keys.' })).ok,
    ).toBe(true)
    render(<SkillsView />)
    await user.keyboard('/')
    const box = screen.getByRole('searchbox', { name: 'Search skills and notes' })
    expect(document.activeElement).toBe(box)
    await user.keyboard('idempot')
    expect((box as HTMLInputElement).value).toBe('idempot')
    const results = await screen.findByRole('list', { name: 'Search results' })
    const hit = within(results).getByRole('button')
    expect(hit.textContent).toContain('Note · APIs')
    expect([...hit.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual(['Idempotency', 'idempotency'])
    // The title's markup is shown as text.
    expect(hit.querySelector('b')).toBeNull()
    expect(hit.textContent).toContain('<b>keys</b>')
    expect(screen.queryByRole('list', { name: 'Technical skills' })).toBeNull()

    await user.click(hit)
    expect(useStore.getState().selectedNoteId).toBe(id)
    await user.click(box)
    await user.keyboard('{Escape}')
    expect((box as HTMLInputElement).value).toBe('')
    expect(screen.getByRole('list', { name: 'Technical skills' })).toBeTruthy()
  })
})
