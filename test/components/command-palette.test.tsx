import { describe, expect, it } from 'vitest'
import { act, configure, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { withRealApi } from '../support/with-real-api'
import { useStore } from '../../src/renderer/src/state/store'
import { CommandPalette } from '../../src/renderer/src/components/shell/CommandPalette'

// The machine running these is shared; give the searches through the real index time to answer.
configure({ asyncUtilTimeout: 5000 })

const real = withRealApi()

async function note(skillId: string, title: string, body: string): Promise<string> {
  const created = await real.api.notes.create({ skillId, title, body })
  if (!created.ok) throw new Error(created.error.message)
  return created.value.id
}

/** Opens the palette and types `text` into it. */
async function openAndType(text: string): Promise<ReturnType<typeof userEvent.setup>> {
  const user = userEvent.setup()
  act(() => useStore.getState().setOverlay('palette'))
  render(<CommandPalette />)
  if (text !== '') await user.type(screen.getByRole('combobox', { name: 'Search commands' }), text)
  return user
}

/** The option titles under one heading of the palette. */
const titlesUnder = (heading: string): string[] =>
  within(screen.getByRole('group', { name: heading }))
    .getAllByRole('option')
    .map((option) => option.querySelector('.palette-title')?.textContent ?? '')

describe('the command palette finds items beside its commands', () => {
  it('lists skills, sub-topics, goals and notes by title under their own headings', async () => {
    await note('databases', 'Postgres vacuum tuning', 'Autovacuum thresholds.')
    await note('databases', 'Reading list', 'A book about Postgres internals.')
    await openAndType('postgres')
    await waitFor(() => expect(titlesUnder('Notes')).toEqual(['Postgres vacuum tuning']))
    expect(titlesUnder('Sub-topics')).toEqual(['Relational tables and SQL (PostgreSQL, MySQL)'])
    expect(titlesUnder('Goals')).toEqual(['Store and query data in PostgreSQL or MySQL'])
    // The note found by a word in its body only is the Skills search box's job, not the palette's.
    expect(screen.queryByRole('option', { name: /Reading list/ })).toBeNull()
    // Items come before commands, and the best one is the one Enter chooses.
    const options = screen.getAllByRole('option')
    expect(options[0]?.getAttribute('aria-selected')).toBe('true')
    expect(options[0]?.textContent).toContain('Relational tables and SQL')
  })

  it('finds a skill by its name and a framework by its name or language', async () => {
    const user = await openAndType('databases')
    await waitFor(() => expect(titlesUnder('Skills')).toEqual(['Databases']), { timeout: 2000 })
    await user.clear(screen.getByRole('combobox', { name: 'Search commands' }))
    await user.type(screen.getByRole('combobox', { name: 'Search commands' }), 'python')
    await waitFor(() =>
      expect(titlesUnder('Frameworks')).toEqual(expect.arrayContaining(['Django', 'Flask', 'FastAPI'])),
    )
    expect(within(screen.getByRole('group', { name: 'Frameworks' })).getAllByRole('option')[0]?.textContent).toContain(
      'Python',
    )
  })

  it('shows only commands while nothing is typed, and filters them as before', async () => {
    const user = await openAndType('')
    // Commands under their features' headings; no items yet.
    expect(screen.getByRole('group', { name: 'Views' })).toBeTruthy()
    for (const heading of ['Sub-topics', 'Goals', 'Notes', 'Commands'])
      expect(screen.queryByRole('group', { name: heading })).toBeNull()
    expect(
      within(screen.getByRole('group', { name: 'Frameworks' })).getByRole('option', {
        name: 'Open your frameworks ranking',
      }),
    ).toBeTruthy()
    await user.type(screen.getByRole('combobox', { name: 'Search commands' }), 'dark theme')
    await waitFor(() => expect(screen.getByRole('option', { selected: true }).textContent).toBe('Use the dark theme'))
    // Typed, the matching commands share one heading, apart from the items' headings.
    expect(within(screen.getByRole('group', { name: 'Commands' })).getAllByRole('option')[0]?.textContent).toBe(
      'Use the dark theme',
    )
  })

  it('Enter typed before the titles are found goes to the best match once they are', async () => {
    const id = await note('apis', 'Idempotency keys', 'Retries.')
    const user = userEvent.setup()
    act(() => useStore.getState().setOverlay('palette'))
    render(<CommandPalette />)
    await user.type(screen.getByRole('combobox', { name: 'Search commands' }), 'idempotency keys{Enter}')
    await waitFor(() =>
      expect(useStore.getState()).toMatchObject({
        overlay: null,
        view: 'skills',
        selectedSkillId: 'apis',
        selectedNoteId: id,
        intent: `note:${id}`,
      }),
    )
  })

  it('choosing a goal opens its level in Levels and asks its row to take focus', async () => {
    const user = await openAndType('git everyday')
    await waitFor(() =>
      expect(titlesUnder('Goals')).toEqual(['Use Git for everyday work: commits, branches and merges']),
    )
    await user.click(screen.getByRole('option', { name: /Use Git for everyday work/ }))
    await waitFor(() =>
      expect(useStore.getState()).toMatchObject({ overlay: null, view: 'levels', intent: 'goal:entry-git-basics' }),
    )
  })

  it('finds a card of the learner’s own by its question and lands on it in Review', async () => {
    const added = await real.api.review.addCard({
      skillId: 'apis',
      front: 'What makes PUT idempotent?',
      back: 'Same state after one call or many.',
    })
    if (!added.ok) throw new Error(added.error.message)
    await useStore.getState().app.getState()
    const user = await openAndType('put idempotent')
    await waitFor(() => expect(titlesUnder('Your cards')).toEqual(['What makes PUT idempotent?']))
    await user.click(screen.getByRole('option', { name: /What makes PUT idempotent/ }))
    await waitFor(() => expect(useStore.getState()).toMatchObject({ view: 'review', intent: `card:${added.value.id}` }))
  })

  it('says so when nothing matches', async () => {
    await openAndType('zzqxj')
    expect(await screen.findByText('Nothing matches “zzqxj”.')).toBeTruthy()
  })
})
