import { describe, expect, it } from 'vitest'
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { withRealApi } from '../support/with-real-api'
import { useStore } from '../../src/renderer/src/state/store'
import DashboardView from '../../src/renderer/src/views/DashboardView'
import { testDay } from '../support/test-clock'

const real = withRealApi()

/** The day n days from today, as the renderer counts it: the component tests' clock starts at TEST_NOW. */
const inDays = testDay

describe('DashboardView', () => {
  it('on a first start tells the learner where to begin and takes them there', async () => {
    render(<DashboardView />)
    expect(screen.getByRole('heading', { name: /where to begin/ })).toBeTruthy()
    expect(screen.queryByRole('progressbar')).toBeNull()
    await userEvent.click(screen.getByRole('button', { name: 'Open Levels' }))
    expect(useStore.getState().view).toBe('levels')
  })

  it('counts a note as a start, though the state it holds has no notes', async () => {
    await real.api.notes.create({ skillId: 'apis', title: 'First steps' })
    await useStore.getState().app.getState()
    render(<DashboardView />)
    expect(screen.queryByRole('heading', { name: /where to begin/ })).toBeNull()
    expect(screen.getByRole('progressbar', { name: 'Overall' })).toBeTruthy()
  })

  it('shows progress per category, readiness, days left and next up once the learner has started', async () => {
    await real.api.skills.setStatus({ skillId: 'communication', status: 'done' })
    await real.api.levels.setGoalDone({ level: 'entry', goalId: 'entry-git-basics', done: true })
    await real.api.levels.setTargetDate({ level: 'entry', date: inDays(3) })
    await useStore.getState().app.getState()
    render(<DashboardView />)
    expect(screen.getByRole('progressbar', { name: 'Soft skills' }).getAttribute('aria-valuenow')).toBe('25')
    expect(screen.getByRole('progressbar', { name: 'Technical skills' }).getAttribute('aria-valuenow')).toBe('0')
    expect(screen.getByRole('progressbar', { name: 'Overall' }).getAttribute('aria-valuenow')).toBe('7')
    // (1 ticked + half of communication on 2 of the 7 open goals: 0.5 * 1/3 and 0.5 * 1/2) / 8
    expect(screen.getByRole('progressbar', { name: 'Entry level readiness' }).getAttribute('aria-valuenow')).toBe('18')
    expect(screen.getByText('3 days left')).toBeTruthy()
    const [first] = screen.getAllByRole('button', { name: /^Go to / })
    expect(first?.getAttribute('aria-label')).toBe(
      'Go to goal: Know one server-side language well, such as Python, Ruby or Java',
    )
    await userEvent.click(first as HTMLElement)
    expect(useStore.getState()).toMatchObject({ view: 'levels', intent: 'goal:entry-one-language' })
  })

  it('says when the target date is today or already past', async () => {
    await real.api.levels.setTargetDate({ level: 'entry', date: inDays(-2) })
    await useStore.getState().app.getState()
    const { unmount } = render(<DashboardView />)
    expect(screen.getByText('2 days overdue')).toBeTruthy()
    unmount()
    await real.api.levels.setTargetDate({ level: 'entry', date: inDays(0) })
    await useStore.getState().app.getState()
    render(<DashboardView />)
    expect(screen.getByText('due today')).toBeTruthy()
  })
})
