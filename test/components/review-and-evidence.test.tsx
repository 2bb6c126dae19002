import { describe, expect, it } from 'vitest'
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { withRealApi } from '../support/with-real-api'
import ReviewView from '../../src/renderer/src/views/ReviewView'
import { AddCardForm } from '../../src/renderer/src/components/review/AddCardForm'
import { EvidenceList } from '../../src/renderer/src/components/evidence/EvidenceList'
import { COMMANDS } from '../../src/renderer/src/commands/commands'
import { VIEWS } from '../../src/renderer/src/state/ui-slice'

const real = withRealApi()

describe('ReviewView', () => {
  it('reveals with Space and rates with the number keys, saving each answer', async () => {
    const user = userEvent.setup()
    render(<ReviewView />)
    await user.click(screen.getByRole('button', { name: /^Start review \(10 cards\)/ }))
    const card = screen.getByLabelText('Current card')
    expect(within(card).queryByText(/^Answer:/)).toBeNull()
    await user.keyboard(' ')
    expect(await within(card).findByText(/^Answer:/)).toBeTruthy()
    await user.keyboard('3')
    expect(await screen.findByText('1 answered, 9 to go')).toBeTruthy()
    expect(real.core.store.state.review.log).toHaveLength(1)
    expect(real.core.store.state.review.log[0]?.grade).toBe(3)
    // Rating keys do nothing before the answer is shown.
    await user.keyboard('4')
    expect(real.core.store.state.review.log).toHaveLength(1)
  })
})

describe('AddCardForm', () => {
  it('ties a card to the given skill and note without asking for a skill', async () => {
    const now = new Date().toISOString()
    await real.core.store.update(
      (s) =>
        void (s.notes['n-1'] = {
          id: 'n-1',
          skillId: 'apis',
          title: 'REST',
          body: 'x',
          createdAt: now,
          updatedAt: now,
        }),
    )
    render(<AddCardForm skillId="apis" noteId="n-1" />)
    expect(screen.queryByRole('combobox', { name: 'Skill' })).toBeNull()
    await userEvent.type(screen.getByRole('textbox', { name: 'Question' }), 'What is idempotence?')
    await userEvent.type(screen.getByRole('textbox', { name: 'Answer' }), 'Same effect however often it runs')
    await userEvent.click(screen.getByRole('button', { name: 'Add card' }))
    expect(await screen.findByText(/Card added/)).toBeTruthy()
    expect(Object.values(real.core.store.state.review.custom)).toMatchObject([
      { skillId: 'apis', noteId: 'n-1', front: 'What is idempotence?' },
    ])
  })
})

describe('EvidenceList', () => {
  it('shows the main process refusal of a non-web link inline', async () => {
    render(<EvidenceList skillId="dsa" />)
    // happy-dom does not enforce type=url, so the request reaches main, which refuses it.
    await userEvent.type(screen.getByRole('textbox', { name: 'Link' }), 'ftp://example.com/file')
    await userEvent.click(screen.getByRole('button', { name: 'Add link' }))
    expect((await screen.findByRole('alert')).textContent).toContain('Only web links')
    expect(real.core.store.state.evidence.dsa).toBeUndefined()
  })
})

describe('command registry', () => {
  it('lists a command for every view, with unique ids', () => {
    for (const view of VIEWS) expect(COMMANDS.some((c) => c.id === `go-${view}`)).toBe(true)
    expect(new Set(COMMANDS.map((c) => c.id)).size).toBe(COMMANDS.length)
  })
})
