import { describe, expect, it } from 'vitest'
import { existsSync } from 'node:fs'
import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { withRealApi } from '../support/with-real-api'
import { testDay } from '../support/test-clock'
import { useStore } from '../../src/renderer/src/state/store'
import PlanView from '../../src/renderer/src/views/PlanView'
import { applyChange } from '../../src/renderer/src/state/main-events'
import { largeShape, stateOf } from '../support/any-learner-data'

const real = withRealApi()

/** Sets the current level's target date and the hours a week through the real handlers, as the learner did earlier. */
async function planned(hoursPerWeek: number, daysToDate: number): Promise<void> {
  const level = useStore.getState().data!.levels.currentLevel
  expect((await real.api.levels.setTargetDate({ level, date: testDay(daysToDate) })).ok).toBe(true)
  expect((await real.api.plan.setOptions({ hoursPerWeek })).ok).toBe(true)
  await useStore.getState().app.getState()
}

describe('Plan view', () => {
  it('asks for hours first, then shows the weeks to the date with each day’s sub-topics, days off greyed', async () => {
    const level = useStore.getState().data!.levels.currentLevel
    await real.api.levels.setTargetDate({ level, date: testDay(180) })
    await useStore.getState().app.getState()
    // Main's change events, as this window hears them: its own plan writes come back marked as its own.
    const stop = real.api.on('changed', (change) =>
      applyChange(
        change.origin.kind === 'channel' ? { ...change, origin: { ...change.origin, window: true } } : change,
      ),
    )
    render(<PlanView />)
    expect(await screen.findByRole('heading', { name: 'No plan yet' })).toBeTruthy()
    const hours = screen.getByRole('spinbutton', { name: 'Hours a week' })
    await userEvent.type(hours, '6')
    await userEvent.click(screen.getByRole('button', { name: 'Save' }))

    const weeks = await screen.findByRole('group', { name: 'Your weeks' })
    // TEST_NOW is a Wednesday: the first week starts that Monday and today is marked.
    const first = within(weeks).getAllByRole('region')[0]!
    const today = first.querySelector('[aria-current="date"]') as HTMLElement
    expect(today.textContent).toContain('Today')
    expect(today.querySelectorAll('.plan-item:not(.plan-item-review)').length).toBeGreaterThan(0)
    expect(today.textContent).toMatch(/\d+ min|\d+ h/)
    // Saturday and Sunday are not study days by default.
    const off = [...first.querySelectorAll('.plan-day-off')].map((row) => row.textContent)
    expect(off).toHaveLength(2)
    expect(off.every((text) => text?.includes('Day off'))).toBe(true)
    expect(screen.getByRole('heading', { name: 'Everything fits' })).toBeTruthy()
    expect(screen.getByText(/ left, .* free before /)).toBeTruthy()
    // The plan's answer is the worked-out plan: the options it saved reach the held state through the change event.
    expect(real.core.store.state.plan.hoursPerWeek).toBe(6)
    await waitFor(() => expect(useStore.getState().data!.plan.hoursPerWeek).toBe(6))
    stop()
  })

  it('takes a weekday off and puts it back, re-planning at once', async () => {
    await planned(6, 180)
    render(<PlanView />)
    const friday = await screen.findByRole('checkbox', { name: 'Friday' })
    expect((friday as HTMLInputElement).checked).toBe(true)
    await userEvent.click(friday)
    await waitFor(() => expect(useStore.getState().planView!.options.studyDays).toEqual([0, 1, 2, 3]))
    const first = within(screen.getByRole('group', { name: 'Your weeks' })).getAllByRole('region')[0]!
    expect(first.querySelectorAll('.plan-day-off')).toHaveLength(3)
    await userEvent.click(screen.getByRole('checkbox', { name: 'Friday' }))
    await waitFor(() => expect(useStore.getState().planView!.options.studyDays).toEqual([0, 1, 2, 3, 4]))
  })

  it('edits a sub-topic’s minutes in place, gives it back its default, and leaves one for later and back', async () => {
    await planned(6, 180)
    render(<PlanView />)
    const table = await screen.findByRole('table')
    const first = within(table).getAllByRole('spinbutton')[0] as HTMLInputElement
    const name = first.getAttribute('aria-label')!
    const before = Number(first.value)
    await userEvent.clear(first)
    await userEvent.type(first, String(before + 30))
    await userEvent.keyboard('{Enter}')
    await waitFor(() =>
      expect(screen.getByRole<HTMLInputElement>('spinbutton', { name }).value).toBe(String(before + 30)),
    )
    const subtopic = name.replace(/^Minutes for /, '')
    await userEvent.click(
      screen.getByRole('button', { name: new RegExp(`^Back to the default ${before} minutes for `) }),
    )
    await waitFor(() => expect(screen.getByRole<HTMLInputElement>('spinbutton', { name }).value).toBe(String(before)))

    await userEvent.click(screen.getByRole('button', { name: `Leave ${subtopic} for later` }))
    const back = await screen.findByRole('button', { name: `Bring back ${subtopic}` })
    expect(screen.queryByRole('spinbutton', { name })).toBeNull()
    expect(screen.getByRole('heading', { name: 'Left for later' })).toBeTruthy()
    await userEvent.click(back)
    expect(await screen.findByRole('spinbutton', { name })).toBeTruthy()
  })

  it('when the work does not fit, says so with figures and previews a choice before anything changes; Apply, then Undo', async () => {
    await planned(1, 14)
    render(<PlanView />)
    const summary = await screen.findByRole('region', { name: /does not fit$/ })
    expect(summary.textContent).toMatch(/ left, .* free before /)
    const choices = screen.getByRole('region', { name: 'Make it fit' })
    await userEvent.click(within(choices).getByRole('radio', { name: 'More hours a week' }))
    const hours = within(choices).getByRole<HTMLInputElement>('spinbutton', { name: 'Hours a week' })
    expect(Number(hours.value)).toBeGreaterThan(1)
    await userEvent.click(within(choices).getByRole('button', { name: 'Preview' }))
    const preview = await within(choices).findByRole('region', { name: /^Preview: / })
    expect(preview.textContent).toContain('Everything fits.')
    expect(within(preview).getByRole('group', { name: 'The plan with this choice' })).toBeTruthy()
    // A preview changes nothing.
    expect(real.core.store.state.plan.hoursPerWeek).toBe(1)

    await userEvent.click(within(preview).getByRole('button', { name: 'Apply this choice' }))
    expect(await screen.findByRole('region', { name: 'Everything fits' })).toBeTruthy()
    expect(screen.queryByRole('region', { name: 'Make it fit' })).toBeNull()
    expect(real.core.store.state.plan.hoursPerWeek).toBe(Number(hours.value))
    expect(useStore.getState().undoOffer?.message).toMatch(/^The plan now has .* a week\.$/)

    await useStore.getState().runUndo()
    expect(await screen.findByRole('region', { name: 'Make it fit' })).toBeTruthy()
    expect(real.core.store.state.plan.hoursPerWeek).toBe(1)
  })

  it('leaves the sub-topics that do not fit for later, after a preview, and lists them with a way back', async () => {
    await planned(1, 14)
    render(<PlanView />)
    const choices = await screen.findByRole('region', { name: 'Make it fit' })
    const unplanned = useStore.getState().planView!.fit.unplanned.length
    expect(unplanned).toBeGreaterThan(0)
    await userEvent.click(within(choices).getByRole('radio', { name: 'Leave sub-topics for later' }))
    const picks = within(choices).getByRole('list', { name: 'Sub-topics to leave for later' })
    expect(
      within(picks)
        .getAllByRole('checkbox')
        .every((box) => (box as HTMLInputElement).checked),
    ).toBe(true)
    await userEvent.click(within(choices).getByRole('button', { name: 'Preview' }))
    const preview = await within(choices).findByRole('region', { name: /^Preview: \d+ sub-topics? left for later$/ })
    expect(preview.textContent).toContain('Everything fits.')
    expect(real.core.store.state.plan.later).toEqual({})
    await userEvent.click(within(preview).getByRole('button', { name: 'Apply this choice' }))
    expect(await screen.findByRole('region', { name: 'Everything fits' })).toBeTruthy()
    expect(screen.getByRole('heading', { name: 'Left for later' })).toBeTruthy()
    expect(screen.getAllByRole('button', { name: /^Bring back / }).length).toBeGreaterThan(0)
    expect(useStore.getState().undoOffer?.message).toMatch(/^Left \d+ sub-topics? for later\.$/)
  })

  it('shows a plan of 3,000 sub-topics a part at a time: four weeks and 25 rows, the rest on asking', async () => {
    const { state } = stateOf(largeShape(300, 10))
    await real.core.store.replace(state)
    await useStore.getState().app.getState()
    await planned(40, 365)
    render(<PlanView />)
    const weeks = await screen.findByRole('group', { name: 'Your weeks' }, { timeout: 15_000 })
    expect(within(weeks).getAllByRole('region')).toHaveLength(4)
    const table = screen.getByRole('table')
    expect(within(table).getAllByRole('spinbutton')).toHaveLength(25)
    const total = useStore.getState().planView!.weeks.length
    await userEvent.click(screen.getByRole('button', { name: `Show all ${total} weeks` }))
    expect(within(weeks).getAllByRole('region')).toHaveLength(total)
  })

  it('exports the plan as an .ics file and says where it went', async () => {
    await planned(6, 30)
    render(<PlanView />)
    await userEvent.click(await screen.findByRole('button', { name: 'Export to calendar (.ics)' }))
    const status = await screen.findByText(/^Saved \d+ calendar events to /)
    const path = /to (.*\.ics)\./.exec(status.textContent ?? '')?.[1]
    expect(path && existsSync(path)).toBe(true)
  })

  it('works the plan out again when something it depends on changes elsewhere', async () => {
    await planned(6, 180)
    render(<PlanView />)
    const table = await screen.findByRole('table')
    const firstName = within(table).getAllByRole('spinbutton')[0]!.getAttribute('aria-label')!
    const item = useStore.getState().planView!.weeks.flatMap((w) => w.days.flatMap((d) => d.items))[0]!
    // Ticked in another window: main's change event reaches this one.
    const stop = real.api.on('changed', (change) => useStore.getState().planChanged(change))
    await real.core.dispatch('skills:setSubtopic', { skillId: item.skillId, subtopicId: item.subtopicId, done: true })
    await waitFor(() => expect(screen.queryByRole('spinbutton', { name: firstName })).toBeNull())
    stop()
  })
})
