import { describe, expect, it, vi } from 'vitest'
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { ViewErrorBoundary } from '../../src/renderer/src/components/shell/ViewErrorBoundary'

/** Whether the view's code "cannot be fetched" right now. */
const network = { down: true }

function Flaky() {
  if (network.down) throw new Error('Failed to fetch dynamically imported module')
  return <p>The view</p>
}

describe('ViewErrorBoundary', () => {
  it('shows what went wrong instead of a blank window, and shows the view again on retry', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    network.down = true
    render(
      <ViewErrorBoundary>
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
})
