import { useEffect, useRef, type ReactNode } from 'react'
import { FOCUSABLE } from './focus'

/** A modal dialog on the native <dialog>: the page behind is inert, Tab wraps inside, Escape closes, focus returns. */
export function Dialog({
  open,
  onClose,
  labelledBy,
  className,
  role,
  children,
}: {
  open: boolean
  onClose: () => void
  labelledBy: string
  className?: string
  role?: 'dialog' | 'alertdialog'
  children: ReactNode
}) {
  const ref = useRef<HTMLDialogElement>(null)
  const onCloseRef = useRef(onClose)
  useEffect(() => void (onCloseRef.current = onClose), [onClose])

  useEffect(() => {
    const dialog = ref.current
    if (!open || !dialog) return
    const returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : null
    if (!dialog.open) dialog.showModal()
    const first = dialog.querySelector<HTMLElement>('[data-autofocus]') ?? dialog.querySelector<HTMLElement>(FOCUSABLE)
    first?.focus()
    const onCancel = (event: Event): void => {
      event.preventDefault()
      onCloseRef.current()
    }
    const onKey = (event: KeyboardEvent): void => {
      if (event.key !== 'Tab') return
      const items = [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)]
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
    <dialog ref={ref} className={`dialog ${className ?? ''}`} aria-labelledby={labelledBy} role={role === 'alertdialog' ? 'alertdialog' : undefined}>
      {open ? children : null}
    </dialog>
  )
}
