import { describe, expect, it } from 'vitest'
import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { withRealApi } from '../support/with-real-api'
import { appStateSchema, SCHEMA_VERSION } from '../../src/shared/model'
import { TEST_NOW } from '../support/test-clock'
import { useStore } from '../../src/renderer/src/state/store'
import { NavBar } from '../../src/renderer/src/components/shell/NavBar'

/** A timer on Databases started five minutes before TEST_NOW, still running. */
function runningState() {
  const start = new Date(TEST_NOW.getTime() - 5 * 60_000).toISOString()
  return appStateSchema.parse({
    schemaVersion: SCHEMA_VERSION,
    study: { sessions: [{ id: 's-run', skillId: 'databases', start, end: null, minutes: 0, manual: false }] },
  })
}

describe('the running timer in the navigation', () => {
  const real = withRealApi({ seed: runningState })

  it('shows its skill and the time so far on any view, and its status line stays still while the clock ticks', async () => {
    useStore.getState().showView('levels')
    render(<NavBar />)
    const timer = screen.getByRole('region', { name: 'Running timer' })
    const status = within(timer).getByRole('status')
    expect(status.textContent).toBe('Studying Databases')
    const clock = within(timer).getByRole('timer', { name: 'Time so far' })
    expect(clock.textContent).toMatch(/^0:05:0\d5 minutes$/)
    const before = clock.textContent
    await waitFor(() => expect(clock.textContent).not.toBe(before), { timeout: 3000 })
    // The clock moved on; the live region did not, so nothing is announced each second.
    expect(status.textContent).toBe('Studying Databases')
    expect(clock.closest('[role="status"]')).toBeNull()
  })

  it('Stop saves the session to the data file as the Study log does, says so and hands focus to the content', async () => {
    useStore.getState().showView('skills')
    render(<NavBar />)
    const timer = screen.getByRole('region', { name: 'Running timer' })
    await userEvent.click(within(timer).getByRole('button', { name: 'Stop timer' }))
    await waitFor(() =>
      expect(within(timer).getByRole('status').textContent).toBe(
        'Timer stopped on Databases. The time is in your log.',
      ),
    )
    const [saved] = real.core.store.state.study.sessions
    expect(saved).toMatchObject({ id: 's-run', minutes: 5 })
    expect(saved?.end).not.toBeNull()
    expect(within(timer).queryByRole('button')).toBeNull()
    expect(useStore.getState().intent).toBe('main')
    // The message belongs to the view it was said on.
    useStore.getState().showView('levels')
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Running timer' })).toBeNull())
  })

  it('says why when main refuses to stop the timer', async () => {
    render(<NavBar />)
    // Stopped behind the renderer's back (straight through the API), so main refuses the second stop.
    await real.api.study.stop()
    await userEvent.click(screen.getByRole('button', { name: 'Stop timer' }))
    expect((await screen.findByRole('alert')).textContent).toBe('Could not stop the timer: No timer is running.')
    expect(useStore.getState().intent).toBeNull()
  })
})

describe('the navigation without a running timer', () => {
  withRealApi()

  it('shows no timer at all', () => {
    render(<NavBar />)
    expect(screen.queryByRole('region', { name: 'Running timer' })).toBeNull()
    expect(screen.queryByRole('timer')).toBeNull()
  })
})
