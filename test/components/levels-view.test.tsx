import { describe, expect, it } from 'vitest'
import { configure, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { withRealApi } from '../support/with-real-api'
import LevelsView from '../../src/renderer/src/views/LevelsView'
import { LEVELS } from '../../src/shared/curriculum/levels'

// The machine running these is shared; give saves through the real data file time to land.
configure({ asyncUtilTimeout: 5000 })

const real = withRealApi()

const titlesOf = (): string[] => real.core.store.state.levels.entry.customGoals.map((g) => g.title)

describe('LevelsView', () => {
  it('shows every level with its goals as checkboxes named by the goal title', () => {
    render(<LevelsView />)
    for (const level of LEVELS) {
      expect(screen.getByRole('heading', { level: 2, name: new RegExp(level.title) })).toBeTruthy()
      for (const goal of level.goals) expect(screen.getByRole('checkbox', { name: goal.title })).toBeTruthy()
    }
    expect(screen.getByRole('radio', { name: 'Entry level' })).toHaveProperty('checked', true)
  })

  it('ticking a goal saves it and raises that level’s readiness', async () => {
    render(<LevelsView />)
    const bar = screen.getByRole('progressbar', { name: 'Entry level readiness' })
    expect(bar.getAttribute('aria-valuenow')).toBe('0')
    await userEvent.click(screen.getByRole('checkbox', { name: 'Use Git for everyday work: commits, branches and merges' }))
    expect(real.core.store.state.levels.entry.doneGoalIds).toEqual(['entry-git-basics'])
    await waitFor(() => expect(screen.getByRole('progressbar', { name: 'Entry level readiness' }).getAttribute('aria-valuenow')).toBe('13'))
    expect(screen.getByText(/^1 of 8 goals ticked, each counting in full/)).toBeTruthy()
  })

  it('refuses a blank goal with a clear message next to the field, and saves nothing', async () => {
    render(<LevelsView />)
    const input = screen.getByRole('textbox', { name: 'New goal for Entry level' })
    await userEvent.type(input, '   ')
    const section = input.closest('section') as HTMLElement
    await userEvent.click(within(section).getByRole('button', { name: 'Add goal' }))
    expect(within(section).getByRole('alert').textContent).toBe('Give the goal a title.')
    expect(input.getAttribute('aria-invalid')).toBe('true')
    await userEvent.type(input, 'x'.repeat(201))
    await userEvent.click(within(section).getByRole('button', { name: 'Add goal' }))
    expect(within(section).getByRole('alert').textContent).toBe('Keep the goal title to 200 characters or fewer.')
    expect(titlesOf()).toEqual([])
  })

  it('adds, edits, reorders by keyboard and deletes goals of your own', async () => {
    const user = userEvent.setup()
    render(<LevelsView />)
    const input = screen.getByRole('textbox', { name: 'New goal for Entry level' })
    await user.type(input, 'Ship a side project{Enter}')
    // The field empties once main has saved the goal.
    await waitFor(() => expect((input as HTMLInputElement).value).toBe(''))
    await user.type(input, 'Finish a SQL course')
    await user.click(within(input.closest('form') as HTMLElement).getByText(/Skills it draws on/))
    await user.click(within(input.closest('form') as HTMLElement).getByRole('checkbox', { name: 'Databases' }))
    await user.click(within(input.closest('form') as HTMLElement).getByRole('button', { name: 'Add goal' }))
    await waitFor(() => expect(titlesOf()).toEqual(['Ship a side project', 'Finish a SQL course']))
    expect(real.core.store.state.levels.entry.customGoals[1]?.skillIds).toEqual(['databases'])
    expect(await screen.findByRole('checkbox', { name: 'Finish a SQL course' })).toBeTruthy()

    const up = screen.getByRole('button', { name: 'Move up: Finish a SQL course' })
    up.focus()
    await user.keyboard('{Enter}')
    expect(titlesOf()).toEqual(['Finish a SQL course', 'Ship a side project'])
    const shown = (): Array<string | undefined> =>
      within(screen.getByRole('list', { name: 'Your own goals for Entry level' }))
        .getAllByRole('checkbox')
        .map((box) => (box as HTMLInputElement).labels?.[0]?.textContent ?? undefined)
    await waitFor(() => expect(shown()).toEqual(['Finish a SQL course', 'Ship a side project']))
    await waitFor(() => expect(document.activeElement).toBe(up))
    // Moving past the top does nothing.
    await user.click(screen.getByRole('button', { name: 'Move up: Finish a SQL course' }))
    expect(titlesOf()).toEqual(['Finish a SQL course', 'Ship a side project'])

    await user.click(screen.getByRole('button', { name: 'Edit: Ship a side project' }))
    const edit = await screen.findByRole('textbox', { name: 'New title for “Ship a side project”' })
    await user.clear(edit)
    await user.type(edit, 'Ship two side projects{Enter}')
    await waitFor(() => expect(titlesOf()).toEqual(['Finish a SQL course', 'Ship two side projects']))
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Edit: Ship two side projects' })))

    await user.click(screen.getByRole('button', { name: 'Delete: Finish a SQL course' }))
    await user.click(screen.getByRole('button', { name: 'Yes, delete: Finish a SQL course' }))
    expect(titlesOf()).toEqual(['Ship two side projects'])
    await waitFor(() => expect(screen.queryByRole('checkbox', { name: 'Finish a SQL course' })).toBeNull())
    expect(document.activeElement).toBe(input)
  })

  it('switches the current level', async () => {
    render(<LevelsView />)
    await userEvent.click(screen.getByRole('radio', { name: 'Mid level' }))
    expect(real.core.store.state.levels.currentLevel).toBe('mid')
    expect(await screen.findByRole('heading', { level: 2, name: /Mid level.*Your current level/ })).toBeTruthy()
  })
})
