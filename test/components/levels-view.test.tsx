import { describe, expect, it } from 'vitest'
import { act, configure, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { withRealApi } from '../support/with-real-api'
import { useStore } from '../../src/renderer/src/state/store'
import LevelsView from '../../src/renderer/src/views/LevelsView'
import { LEVELS } from '../../src/shared/curriculum/levels'

// The machine running these is shared; give saves through the real data file time to land.
configure({ asyncUtilTimeout: 5000 })

const real = withRealApi()

const titlesOf = (): string[] => real.core.store.state.levels.entry.customGoals.map((g) => g.title)

describe('LevelsView', () => {
  it('shows every level’s header, but only the current level’s goals', () => {
    render(<LevelsView />)
    for (const level of LEVELS) {
      expect(screen.getByRole('heading', { level: 2, name: new RegExp(level.title) })).toBeTruthy()
      expect(screen.getByRole('progressbar', { name: `${level.title} readiness` })).toBeTruthy()
    }
    expect(screen.getByRole('radio', { name: 'Entry level' })).toHaveProperty('checked', true)
    for (const goal of LEVELS[0]!.goals) expect(screen.getByRole('checkbox', { name: goal.title })).toBeTruthy()
    for (const level of LEVELS.slice(1)) {
      for (const goal of level.goals) expect(screen.queryByRole('checkbox', { name: goal.title })).toBeNull()
      expect(screen.queryByRole('textbox', { name: `New goal for ${level.title}` })).toBeNull()
    }
  })

  it('ticking a goal saves it and raises that level’s readiness', async () => {
    render(<LevelsView />)
    const bar = screen.getByRole('progressbar', { name: 'Entry level readiness' })
    expect(bar.getAttribute('aria-valuenow')).toBe('0')
    await userEvent.click(
      screen.getByRole('checkbox', { name: 'Use Git for everyday work: commits, branches and merges' }),
    )
    expect(real.core.store.state.levels.entry.doneGoalIds).toEqual(['entry-git-basics'])
    await waitFor(() =>
      expect(screen.getByRole('progressbar', { name: 'Entry level readiness' }).getAttribute('aria-valuenow')).toBe(
        '13',
      ),
    )
    expect(screen.getByText('1 of 8 goals ticked, plus credit for skills in progress.')).toBeTruthy()
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
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Edit: Ship two side projects' })),
    )

    await user.click(screen.getByRole('button', { name: 'Delete: Finish a SQL course' }))
    await waitFor(() => expect(titlesOf()).toEqual(['Ship two side projects']))
    await waitFor(() => expect(useStore.getState().undoOffer?.message).toBe('Deleted the goal “Finish a SQL course”.'))
    await waitFor(() => expect(screen.queryByRole('checkbox', { name: 'Finish a SQL course' })).toBeNull())
    expect(document.activeElement).toBe(input)
  })

  it('a disclosure button per level shows and hides its goals, and names what it does', async () => {
    const user = userEvent.setup()
    render(<LevelsView />)
    const entry = screen.getByRole('button', { name: 'Hide Entry level goals' })
    const mid = screen.getByRole('button', { name: 'Show Mid level goals' })
    expect(entry.getAttribute('aria-expanded')).toBe('true')
    expect(mid.getAttribute('aria-expanded')).toBe('false')
    expect(screen.getByRole('button', { name: 'Show Senior level goals' }).getAttribute('aria-expanded')).toBe('false')
    // aria-controls names the part it shows or hides.
    const midBody = document.getElementById(mid.getAttribute('aria-controls') ?? '') as HTMLElement
    expect(midBody.hidden).toBe(true)
    expect(within(midBody).queryByRole('textbox', { name: 'New goal for Mid level' })).toBeNull()

    await user.click(mid)
    expect(mid.getAttribute('aria-expanded')).toBe('true')
    expect(mid.textContent).toBe('Hide Mid level goals')
    expect(midBody.hidden).toBe(false)
    expect(screen.getByRole('checkbox', { name: LEVELS[1]!.goals[0]!.title })).toBeTruthy()

    // Closing keeps what was half typed; the header still tells readiness and the date.
    await user.type(screen.getByRole('textbox', { name: 'New goal for Entry level' }), 'Half a thought')
    entry.focus()
    await user.keyboard('{Enter}')
    expect(entry.getAttribute('aria-expanded')).toBe('false')
    expect(screen.queryByRole('textbox', { name: 'New goal for Entry level' })).toBeNull()
    expect(screen.getByRole('progressbar', { name: 'Entry level readiness' })).toBeTruthy()
    expect(within(entry.closest('section') as HTMLElement).getByText('No target date')).toBeTruthy()
    await user.keyboard(' ')
    expect(screen.getByRole<HTMLInputElement>('textbox', { name: 'New goal for Entry level' }).value).toBe(
      'Half a thought',
    )
    // Nothing about what is open is saved.
    expect(JSON.stringify(real.core.store.state)).not.toMatch(/openLevels/)
  })

  it('the header sums up the target date', async () => {
    await real.api.levels.setTargetDate({ level: 'mid', date: '2099-01-31' })
    await useStore.getState().app.getState()
    render(<LevelsView />)
    const mid = screen.getByRole('region', { name: /^Mid level/ })
    expect(within(mid).getByText(/^Target .*2099, \d+ days left$/)).toBeTruthy()
  })

  it('switches the current level, which opens it and leaves the others as they were', async () => {
    render(<LevelsView />)
    await userEvent.click(screen.getByRole('radio', { name: 'Mid level' }))
    expect(real.core.store.state.levels.currentLevel).toBe('mid')
    expect(await screen.findByRole('heading', { level: 2, name: /Mid level.*Your current level/ })).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Hide Mid level goals' }).getAttribute('aria-expanded')).toBe('true')
    expect(screen.getByRole('textbox', { name: 'New goal for Mid level' })).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Hide Entry level goals' })).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Show Senior level goals' })).toBeTruthy()
  })

  it('a skill chip opens that very skill in Skills, not the one open before', async () => {
    act(() => useStore.getState().selectSkill('languages'))
    render(<LevelsView />)
    const goal = within(
      screen
        .getByRole('checkbox', { name: 'Store and query data in PostgreSQL or MySQL' })
        .closest('li') as HTMLElement,
    )
    await userEvent.click(goal.getByRole('button', { name: /^Databases/ }))
    expect(useStore.getState()).toMatchObject({ view: 'skills', selectedSkillId: 'databases' })
  })

  it('going to a goal opens its closed level and gives its tick focus', async () => {
    render(<LevelsView />)
    const goal = LEVELS[2]!.goals[1]!
    expect(screen.queryByRole('checkbox', { name: goal.title })).toBeNull()
    act(() => void useStore.getState().showItem({ kind: 'goal', id: goal.id }))
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('checkbox', { name: goal.title })))
    expect(screen.getByRole('button', { name: 'Hide Senior level goals' }).getAttribute('aria-expanded')).toBe('true')
    expect(useStore.getState().intent).toBeNull()
  })

  it('going to a goal of your own lands on it too', async () => {
    await real.api.levels.addGoal({ level: 'mid', title: 'Run a service in production', skillIds: [] })
    await useStore.getState().app.getState()
    const id = real.core.store.state.levels.mid.customGoals[0]!.id
    render(<LevelsView />)
    act(() => void useStore.getState().showItem({ kind: 'goal', id }))
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('checkbox', { name: 'Run a service in production' })),
    )
  })
})
