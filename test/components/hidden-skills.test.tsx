import { describe, expect, it } from 'vitest'
import { act, configure, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { withRealApi } from '../support/with-real-api'
import { useStore } from '../../src/renderer/src/state/store'
import SkillsView from '../../src/renderer/src/views/SkillsView'
import { CommandPalette } from '../../src/renderer/src/components/shell/CommandPalette'
import ReviewView from '../../src/renderer/src/views/ReviewView'
import { studyLoopState } from '../support/study-loop-fixture'

// The machine running these is shared; give the searches through the real index time to answer.
configure({ asyncUtilTimeout: 5000 })

const real = withRealApi({ seed: studyLoopState })

/** A note on APIs, then APIs hidden through the real handlers. */
async function hiddenApisWithNote(): Promise<string> {
  const created = await real.api.notes.create({
    skillId: 'apis',
    title: 'Idempotency keys',
    body: 'Retries need idempotency keys.',
  })
  if (!created.ok) throw new Error(created.error.message)
  expect((await useStore.getState().curriculum.edit({ op: 'hideSkill', skillId: 'apis', hidden: true })).ok).toBe(true)
  return created.value.id
}

describe('a hidden skill', () => {
  it('is still found by search, says it is hidden, and opens with a way to show it again', async () => {
    const user = userEvent.setup()
    const id = await hiddenApisWithNote()
    render(<SkillsView />)
    expect(screen.queryByRole('button', { name: 'APIs' })).toBeNull()
    await user.type(screen.getByRole('searchbox', { name: 'Search skills and notes' }), 'idempot')
    const hit = within(await screen.findByRole('list', { name: 'Search results' })).getByRole('button')
    expect(hit.textContent).toContain('Note · APIs (hidden)')
    await user.click(hit)
    expect(useStore.getState().selectedNoteId).toBe(id)
    // Said above whichever tab is open (here the note's).
    expect(screen.getByText(/APIs is hidden/, { selector: 'p' }).textContent).toContain('counts in no figure')
    await user.click(screen.getByRole('button', { name: 'Show APIs again' }))
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Show APIs again' })).toBeNull())
    expect(real.core.store.state.curriculum.skills.find((s) => s.id === 'apis')?.hidden).toBe(false)
  })

  it('is listed by the palette with the word hidden beside it', async () => {
    await hiddenApisWithNote()
    const user = userEvent.setup()
    act(() => useStore.getState().setOverlay('palette'))
    render(<CommandPalette />)
    await user.type(screen.getByRole('combobox', { name: 'Search commands' }), 'idempotency')
    const notes = await screen.findByRole('group', { name: 'Notes' })
    await waitFor(() => expect(within(notes).getByRole('option').textContent).toContain('APIs (hidden)'))
  })
  it('has its due cards out of Review until shown again, and its own cards listed as hidden', async () => {
    // The fixture has two cards due, one of them on Communication.
    expect(
      (
        await real.api.review.addCard({
          skillId: 'communication',
          front: 'Who signs off a release?',
          back: 'The product owner.',
        })
      ).ok,
    ).toBe(true)
    await useStore.getState().app.getState()
    render(<ReviewView />)
    const due = () => within(screen.getByRole('region', { name: 'Today' })).getAllByRole('listitem')[0]?.textContent
    expect(due()).toBe('2 due')
    await act(
      async () =>
        void (await useStore.getState().curriculum.edit({ op: 'hideSkill', skillId: 'communication', hidden: true })),
    )
    await waitFor(() => expect(due()).toBe('1 due'))
    expect(screen.getByRole('button', { name: 'Open Communication in Skills' }).textContent).toBe(
      'Communication (hidden)',
    )
    await act(
      async () =>
        void (await useStore.getState().curriculum.edit({ op: 'hideSkill', skillId: 'communication', hidden: false })),
    )
    await waitFor(() => expect(due()).toBe('2 due'))
    expect(screen.getByRole('button', { name: 'Open Communication in Skills' }).textContent).toBe('Communication')
  })
})
