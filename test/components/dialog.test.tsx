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

/** A long sheet whose only control, Close, is at its end (like the shortcuts sheet). */
function LongSheet() {
  const [open, setOpen] = useState(false)
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Show sheet
      </button>
      <Dialog open={open} onClose={() => setOpen(false)} labelledBy="sheet-title">
        <h2 id="sheet-title">Every shortcut</h2>
        <p>Many lines.</p>
        <button type="button" onClick={() => setOpen(false)}>
          Close
        </button>
      </Dialog>
    </>
  )
}

describe('Dialog opening', () => {
  it('opens at its top each time, with focus on the heading when the first control is out of sight', async () => {
    const user = userEvent.setup()
    render(<LongSheet />)
    const dialog = document.querySelector('dialog') as HTMLDialogElement
    // happy-dom lays nothing out: give the dialog a 200 px box and put Close 900 px down.
    Object.defineProperty(dialog, 'clientHeight', { configurable: true, value: 200 })
    const closeAt = { top: 880, bottom: 900 }
    const spy = vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect')
    spy.mockImplementation(function (this: HTMLElement) {
      const rect = { top: 0, bottom: 40, left: 0, right: 100, width: 100, height: 40, x: 0, y: 0 }
      return {
        ...rect,
        ...(this.tagName === 'BUTTON' && this.textContent === 'Close' ? closeAt : {}),
        toJSON: () => rect,
      }
    })
    try {
      await user.click(screen.getByRole('button', { name: 'Show sheet' }))
      await screen.findByRole('dialog', { name: 'Every shortcut' })
      expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Every shortcut' }))
      expect(dialog.scrollTop).toBe(0)
      // Scrolled down and closed, it still opens at its top the next time.
      dialog.scrollTop = 600
      await user.click(screen.getByRole('button', { name: 'Close' }))
      await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Show sheet' }))
      await user.click(screen.getByRole('button', { name: 'Show sheet' }))
      await screen.findByRole('dialog', { name: 'Every shortcut' })
      expect(dialog.scrollTop).toBe(0)

      // With Close in sight at the top, focus starts on it instead.
      Object.assign(closeAt, { top: 80, bottom: 100 })
      await user.click(screen.getByRole('button', { name: 'Close' }))
      await user.click(screen.getByRole('button', { name: 'Show sheet' }))
      await screen.findByRole('dialog', { name: 'Every shortcut' })
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Close' }))
    } finally {
      spy.mockRestore()
    }
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
    const names = tabbables(screen.getByTestId('root')).map(
      (element) => element.textContent || element.getAttribute('aria-label'),
    )
    expect(names).toEqual(['Link', 'In order', 'Text'])
  })
})
