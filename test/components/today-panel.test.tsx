import { describe, expect, it } from 'vitest'
import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { withRealApi } from '../support/with-real-api'
import { testDay } from '../support/test-clock'
import { useStore } from '../../src/renderer/src/state/store'
import DashboardView from '../../src/renderer/src/views/DashboardView'

const real = withRealApi()

/** The current level's target date and hours a week, set through the real handlers. */
async function planned(hoursPerWeek: number | null, daysToDate = 60): Promise<void> {
  const level = useStore.getState().data!.levels.currentLevel
  expect((await real.api.levels.setTargetDate({ level, date: testDay(daysToDate) })).ok).toBe(true)
  if (hoursPerWeek !== null) expect((await real.api.plan.setOptions({ hoursPerWeek })).ok).toBe(true)
  await useStore.getState().app.getState()
}

const today = (): HTMLElement => screen.getByRole('region', { name: 'Today' })

describe('Today on the Dashboard', () => {
  it('comes first, and asks for the plan only after the first screen is drawn', async () => {
    await planned(6)
    render(<DashboardView />)
    const regions = screen.getAllByRole('region')
    expect(regions[1]).toBe(today())
    // Drawn without the plan: the planner runs once the page is idle.
    expect(useStore.getState().planView).toBeNull()
    expect(today().textContent).toContain('Working out today’s plan…')
    await within(today()).findAllByRole('button', { name: /^Start .+ \(.+\)$/ })
  })

  it('lists today’s sub-topics with their minutes; Start runs the timer on the skill and opens the sub-topic', async () => {
    await planned(6)
    render(<DashboardView />)
    const starts = await within(today()).findAllByRole('button', { name: /^Start .+ \(.+\)$/ })
    const item = useStore.getState().planView!.today.items[0]!
    expect(starts[0]!.getAttribute('aria-label')).toBe(`Start ${item.subtopicTitle} (${item.skillTitle})`)
    expect(starts[0]!.closest('li')!.textContent).toMatch(/\d+ (min|h)/)
    await userEvent.click(starts[0]!)
    await waitFor(() => expect(useStore.getState().view).toBe('skills'))
    expect(useStore.getState().intent).toBe(`subtopic:${item.skillId}:${item.subtopicId}`)
    const running = useStore.getState().data!.study.sessions.find((session) => session.end === null)
    expect(running?.skillId).toBe(item.skillId)
    expect(real.core.store.state.study.sessions.some((s) => s.end === null && s.skillId === item.skillId)).toBe(true)
  })

  it('shows minutes studied against today’s share as a bar', async () => {
    await planned(6)
    const skillId = useStore.getState().data!.curriculum.skills[0]!.id
    await real.api.study.log({ skillId, start: new Date(Date.now() - 3_600_000).toISOString(), minutes: 20 })
    await useStore.getState().app.getState()
    render(<DashboardView />)
    const bar = await within(today()).findByRole('progressbar', { name: 'Studied today, against today’s share' })
    const share = useStore.getState().planView!.today.shareMinutes
    expect(share).toBeGreaterThan(0)
    expect(Number(bar.getAttribute('aria-valuenow'))).toBe(Math.round((Math.min(20, share) / share) * 100))
    expect(today().textContent).toContain('20 min')
  })

  it('on a day the plan leaves free, says so and lists nothing new', async () => {
    await planned(6)
    // Every day but today's weekday (TEST_NOW's, in this zone) is a study day.
    const todayWeekday = (new Date(`${testDay(0)}T00:00:00Z`).getUTCDay() + 6) % 7
    await real.api.plan.setOptions({ studyDays: [0, 1, 2, 3, 4, 5, 6].filter((day) => day !== todayWeekday) })
    render(<DashboardView />)
    expect(await within(today()).findByText('A day off in your plan: nothing new today.')).toBeTruthy()
    expect(within(today()).queryAllByRole('button', { name: /^Start .+ \(.+\)$/ })).toEqual([])
    expect(within(today()).getByRole('button', { name: 'Start review' })).toBeTruthy()
  })

  it('starts the review session from its row', async () => {
    await planned(6)
    render(<DashboardView />)
    const review = await within(today()).findByRole('button', { name: 'Start review' })
    await userEvent.click(review)
    expect(useStore.getState()).toMatchObject({ view: 'review', intent: 'review-begin' })
  })

  it('without hours a week, offers to set up the plan, landing on the hours field', async () => {
    await planned(null)
    render(<DashboardView />)
    await userEvent.click(await within(today()).findByRole('button', { name: 'Set up your plan' }))
    expect(useStore.getState()).toMatchObject({ view: 'plan', intent: 'plan-hours' })
  })

  it('when the work does not fit, says so with figures and leads to the choices', async () => {
    await planned(1, 14)
    render(<DashboardView />)
    const note = await within(today()).findByRole('note')
    expect(note.textContent).toMatch(/ left, .* free before /)
    await userEvent.click(within(note).getByRole('button', { name: 'See the choices' }))
    expect(useStore.getState()).toMatchObject({ view: 'plan', intent: 'plan-choices' })
  })
})
