import { describe, expect, it, vi } from 'vitest'
import { useState } from 'react'
import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { Dialog } from '../../src/renderer/src/components/common/Dialog'
import { tabbables } from '../../src/renderer/src/components/common/focus'

function Opener({ onClose }: { onClose: () => void }) {
  const [open, setOpen] = useState(false)
  const close = (): void => {
    onClose()
    setOpen(false)
  }
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Open
      </button>
      <Dialog open={open} onClose={close} labelledBy="t">
        <h2 id="t">Are you sure?</h2>
        <button type="button">Skip</button>
        <button type="button" data-autofocus onClick={close}>
          Cancel
        </button>
      </Dialog>
    </>
  )
}

describe('Dialog', () => {
  it('is named by its heading, focuses the marked control, cancels on Escape and gives focus back', async () => {
    const user = userEvent.setup()
    const onClose = vi.fn()
    render(<Opener onClose={onClose} />)
    await user.click(screen.getByRole('button', { name: 'Open' }))
    const dialog = await screen.findByRole('dialog', { name: 'Are you sure?' })
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Cancel' }))
    expect(dialog.scrollTop).toBe(0)
    // Escape on a modal <dialog> fires "cancel"; the dialog treats it as the learner backing out.
    dialog.dispatchEvent(new Event('cancel', { cancelable: true }))
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    expect(onClose).toHaveBeenCalledOnce()
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Open' }))
  })
})

describe('tabbables', () => {
  it('leaves out what Tab skips: disabled, tabindex -1, hidden and hidden inputs', () => {
    render(
      <div data-testid="root">
        <a href="#x">Link</a>
        <a>No href</a>
        <button type="button" disabled>
          Off
        </button>
        <input type="hidden" />
        <div hidden>
          <button type="button">Hidden</button>
        </div>
        <span tabIndex={-1}>Not in order</span>
        <span tabIndex={0}>In order</span>
        <textarea aria-label="Text" />
      </div>,
    )
    const names = tabbables(screen.getByTestId('root')).map((element) => element.textContent || element.getAttribute('aria-label'))
    expect(names).toEqual(['Link', 'In order', 'Text'])
  })
})
