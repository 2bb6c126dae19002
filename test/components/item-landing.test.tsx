import { describe, expect, it } from 'vitest'
import { act, configure, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { withRealApi } from '../support/with-real-api'
import { useStore } from '../../src/renderer/src/state/store'
import type { ItemTarget } from '../../src/renderer/src/state/item-target'
import SkillsView from '../../src/renderer/src/views/SkillsView'
import FrameworksView from '../../src/renderer/src/views/FrameworksView'
import ReviewView from '../../src/renderer/src/views/ReviewView'
import { AddCardForm } from '../../src/renderer/src/components/review/AddCardForm'

// The machine running these is shared; give the real data file time to answer.
configure({ asyncUtilTimeout: 5000 })

const real = withRealApi()

const go = (target: ItemTarget): boolean => {
  let shown = false
  act(() => void (shown = useStore.getState().showItem(target)))
  return shown
}

describe('each view lands on the item it is asked for', () => {
  it('a sub-topic: its skill opens in Skills and its checkbox takes focus', async () => {
    render(<SkillsView />)
    go({ kind: 'subtopic', id: 'normalization', skillId: 'databases' })
    expect(useStore.getState()).toMatchObject({ view: 'skills', selectedSkillId: 'databases' })
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('checkbox', { name: 'Normalising a schema' })),
    )
    expect(useStore.getState().intent).toBeNull()
  })

  it('a framework hidden by the language filter: the filter is cleared, its row marked and its name focused', async () => {
    const user = userEvent.setup()
    render(<FrameworksView />)
    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'Python')
    expect(screen.queryByRole('button', { name: 'Laravel details' })).toBeNull()
    go({ kind: 'framework', id: 'laravel' })
    const name = await screen.findByRole('button', { name: 'Laravel details' })
    await waitFor(() => expect(document.activeElement).toBe(name))
    expect(screen.getByRole<HTMLSelectElement>('combobox', { name: 'Language' }).value).toBe('')
    expect(name.closest('tr')?.classList.contains('landed')).toBe(true)
    await user.tab()
    expect(name.closest('tr')?.classList.contains('landed')).toBe(false)
  })

  it('a card of the learner’s own: its row in Review takes focus; its skill is a link to that skill', async () => {
    const added = await real.api.review.addCard({
      skillId: 'apis',
      front: 'What makes PUT idempotent?',
      back: 'Same state after one call or many.',
    })
    if (!added.ok) throw new Error(added.error.message)
    await useStore.getState().app.getState()
    render(<ReviewView />)
    expect(go({ kind: 'card', id: added.value.id })).toBe(true)
    const own = screen.getByRole('region', { name: 'Your cards' })
    await waitFor(() => expect(document.activeElement?.textContent).toContain('What makes PUT idempotent?'))
    expect(own.contains(document.activeElement)).toBe(true)
    await userEvent.click(within(own).getByRole('button', { name: 'Open APIs in Skills' }))
    expect(useStore.getState()).toMatchObject({ view: 'skills', selectedSkillId: 'apis', intent: 'skill:apis' })
  })

  it('a card written from a note offers a way to see it in Review', async () => {
    const user = userEvent.setup()
    const created = await real.api.notes.create({ skillId: 'apis', title: 'Idempotence', body: 'PUT twice.' })
    if (!created.ok) throw new Error(created.error.message)
    render(<AddCardForm skillId="apis" noteId={created.value.id} />)
    expect(screen.queryByRole('button', { name: 'Show the card in Review' })).toBeNull()
    await user.type(screen.getByRole('textbox', { name: 'Question' }), 'Is PUT idempotent?')
    await user.type(screen.getByRole('textbox', { name: 'Answer' }), 'Yes.')
    await user.click(screen.getByRole('button', { name: 'Add card' }))
    await user.click(await screen.findByRole('button', { name: 'Show the card in Review' }))
    const [card] = Object.values(real.core.store.state.review.custom)
    expect(useStore.getState()).toMatchObject({ view: 'review', intent: `card:${card?.id ?? ''}` })
  })

  it('an item that is gone says so in the banner and changes nothing', () => {
    act(() => useStore.getState().showView('frameworks'))
    expect(go({ kind: 'card', id: 'deleted-card' })).toBe(false)
    expect(go({ kind: 'goal', id: 'deleted-goal' })).toBe(false)
    expect(useStore.getState()).toMatchObject({
      view: 'frameworks',
      intent: null,
      actionError: 'That item is not there any more: it may have been deleted.',
    })
  })
})
