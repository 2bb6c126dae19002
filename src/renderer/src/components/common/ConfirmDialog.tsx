import { useId } from 'react'
import { Dialog } from './Dialog'

/** Asks the learner to confirm one action; Escape or Cancel (or `cancelLabel`) backs out. */
export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  cancelLabel = 'Cancel',
  onConfirm,
  onCancel,
}: {
  open: boolean
  title: string
  children: React.ReactNode
  confirmLabel: string
  /** The backing-out button, when "Cancel" does not say it (e.g. "Not yet"). */
  cancelLabel?: string
  onConfirm: () => void
  onCancel: () => void
}) {
  const id = useId()
  return (
    <Dialog open={open} onClose={onCancel} labelledBy={id} role="alertdialog" className="confirm-dialog">
      <h2 id={id}>{title}</h2>
      <div className="dialog-body">{children}</div>
      <div className="dialog-actions">
        <button type="button" onClick={onCancel} data-autofocus>
          {cancelLabel}
        </button>
        <button type="button" className="primary" onClick={onConfirm}>
          {confirmLabel}
        </button>
      </div>
    </Dialog>
  )
}
