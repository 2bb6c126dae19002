import { describe, expect, it, vi } from 'vitest'
import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { ViewErrorBoundary } from '../../src/renderer/src/components/shell/ViewErrorBoundary'
import { withRealApi } from '../support/with-real-api'
import { useStore } from '../../src/renderer/src/state/store'

/** Whether the view's code "cannot be fetched" right now. */
const network = { down: true }

function Flaky() {
  if (network.down) throw new Error('Failed to fetch dynamically imported module')
  return <p>The view</p>
}

/** What main wrote to its log. */
const logged: string[] = []
withRealApi({ log: (message) => void logged.push(message) })

function Broken(): never {
  throw new Error('Cannot read properties of undefined')
}

describe('ViewErrorBoundary', () => {
  it('shows what went wrong instead of a blank window, and shows the view again on retry', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    network.down = true
    render(
      <ViewErrorBoundary view="skills">
        <Flaky />
      </ViewErrorBoundary>,
    )
    expect(screen.getByRole('alert').textContent).toMatch(/could not be shown.*Failed to fetch/s)
    network.down = false
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }))
    expect(screen.getByText('The view')).toBeTruthy()
    expect(screen.queryByRole('alert')).toBeNull()
    vi.restoreAllMocks()
  })

  it("writes the error to main's log and offers a way out that keeps the data: another view, or the curriculum editor", async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    logged.length = 0
    useStore.getState().showView('skills')
    const user = userEvent.setup()
    render(
      <ViewErrorBoundary view="skills">
        <Broken />
      </ViewErrorBoundary>,
    )
    expect(screen.getByRole('alert').textContent).toContain('Your data is safe')
    await waitFor(() =>
      expect(
        logged.some(
          (line) =>
            line.startsWith('The skills view could not be shown: Cannot read properties of undefined') &&
            line.includes('at Broken'),
        ),
      ).toBe(true),
    )

    await user.click(screen.getByRole('button', { name: 'Edit curriculum' }))
    expect(await screen.findByRole('heading', { name: 'Edit curriculum' })).toBeTruthy()

    await user.click(screen.getByRole('button', { name: 'Go to Dashboard' }))
    expect(useStore.getState().view).toBe('dashboard')
    vi.restoreAllMocks()
  })
})
