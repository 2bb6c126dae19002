import { useEffect, useRef, type ReactNode } from 'react'
import { tabbables } from './focus'

/** What a modal shows, what names it, and whom it tells when the learner backs out. */
interface DialogProps {
  open: boolean
  /** Escape (a cancel) calls this; the parent closes the dialog by setting `open` false. */
  onClose: () => void
  /** Id of the heading that names the dialog. */
  labelledBy: string
  describedBy?: string
  className?: string
  role?: 'dialog' | 'alertdialog'
  children: ReactNode
}

/**
 * Where focus starts in an open dialog: the control marked `[data-autofocus]`, else the first control
 * in sight at the dialog's top, else its heading (made focusable), so focus never starts out of sight.
 */
export function firstFocus(dialog: HTMLElement, labelledBy: string): HTMLElement | null {
  const marked = dialog.querySelector<HTMLElement>('[data-autofocus]')
  if (marked) return marked
  const first = tabbables(dialog)[0]
  const box = dialog.getBoundingClientRect()
  const inSight = (element: HTMLElement): boolean =>
    element.getBoundingClientRect().bottom <= box.top + dialog.clientHeight
  if (first && inSight(first)) return first
  const heading = dialog.ownerDocument.getElementById(labelledBy)
  if (!heading || !dialog.contains(heading)) return first ?? null
  if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1
  return heading
}

/**
 * The one modal of the app, on the native <dialog>: the page behind is inert, Tab wraps inside,
 * Escape cancels, it opens at its top with focus where firstFocus says, and focus goes back to the
 * opener when it closes.
 */
export function Dialog({ open, onClose, labelledBy, describedBy, className, role, children }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null)
  const onCloseRef = useRef(onClose)
  useEffect(() => void (onCloseRef.current = onClose), [onClose])

  useEffect(() => {
    const dialog = ref.current
    if (!open || !dialog) return
    const returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : null
    if (!dialog.open) dialog.showModal()
    // showModal focuses the first control itself and scrolls to it: a long sheet whose only button is at its end would open at its end.
    dialog.scrollTop = 0
    const first = firstFocus(dialog, labelledBy)
    first?.focus({ preventScroll: true })
    dialog.scrollTop = 0
    const onCancel = (event: Event): void => {
      event.preventDefault()
      onCloseRef.current()
    }
    const onKey = (event: KeyboardEvent): void => {
      if (event.key !== 'Tab') return
      const items = tabbables(dialog)
      if (items.length === 0) return
      const [head, tail] = [items[0], items[items.length - 1]]
      if (event.shiftKey && document.activeElement === head) {
        event.preventDefault()
        tail?.focus()
      } else if (!event.shiftKey && document.activeElement === tail) {
        event.preventDefault()
        head?.focus()
      }
    }
    dialog.addEventListener('cancel', onCancel)
    dialog.addEventListener('keydown', onKey)
    return () => {
      dialog.removeEventListener('cancel', onCancel)
      dialog.removeEventListener('keydown', onKey)
      if (dialog.open) dialog.close()
      // The control that opened it may be gone (the dialog removed its row): focus goes to the main area, not to nowhere.
      if (returnTo?.isConnected) returnTo.focus()
      else document.getElementById('main')?.focus()
    }
  }, [open, labelledBy])

  return (
    <dialog
      ref={ref}
      className={className ? `dialog ${className}` : 'dialog'}
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
      role={role === 'alertdialog' ? 'alertdialog' : undefined}
    >
      {open ? children : null}
    </dialog>
  )
}
