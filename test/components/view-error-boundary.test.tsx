import { describe, expect, it, vi } from 'vitest'
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { ViewErrorBoundary } from '../../src/renderer/src/components/ViewErrorBoundary'

/** How many more renders of Flaky fail, like a view whose code could not be fetched. */
let failuresLeft = 0

function Flaky() {
  if (failuresLeft > 0) {
    failuresLeft -= 1
    throw new Error('Failed to fetch dynamically imported module')
  }
  return <p>The view</p>
}

describe('ViewErrorBoundary', () => {
  it('shows what went wrong instead of a blank window, and shows the view again on retry', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    failuresLeft = 2 // React renders a failing component twice before giving up.
    render(
      <ViewErrorBoundary>
        <Flaky />
      </ViewErrorBoundary>,
    )
    expect(screen.getByRole('alert').textContent).toMatch(/could not be shown.*Failed to fetch/s)
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }))
    expect(screen.getByText('The view')).toBeTruthy()
    vi.restoreAllMocks()
  })
})
