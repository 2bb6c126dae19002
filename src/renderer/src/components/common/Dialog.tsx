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
 * The one modal of the app, on the native <dialog>: the page behind is inert, Tab wraps inside,
 * Escape cancels, it opens at its top with focus on `[data-autofocus]` (or the first control),
 * and focus goes back to the opener when it closes.
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
    const first = dialog.querySelector<HTMLElement>('[data-autofocus]') ?? tabbables(dialog)[0]
    // Focus without scrolling to it: a long sheet whose only button is at its end still opens at its top.
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
      returnTo?.focus()
    }
  }, [open])

  return (
    <dialog ref={ref} className={className ? `dialog ${className}` : 'dialog'} aria-labelledby={labelledBy} aria-describedby={describedBy} role={role === 'alertdialog' ? 'alertdialog' : undefined}>
      {open ? children : null}
    </dialog>
  )
}
