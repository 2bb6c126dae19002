import { useEffect, useRef } from 'react'
import type { ImportPreview } from '../../../../shared/contract/backup'

/** A moment as the learner reads it, in their locale. */
export function when(iso: string): string {
  return new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'medium' })
}

/**
 * Modal confirmation for an import or restore: what changes, before and after. A native
 * <dialog> opened with showModal keeps focus inside and closes on Escape (as a cancel).
 */
export function ImportDialog({ preview, busy, error, onConfirm, onCancel }: { preview: ImportPreview; busy: boolean; error: string | null; onConfirm: () => void; onCancel: () => void }) {
  const ref = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    const dialog = ref.current
    if (dialog && !dialog.open) dialog.showModal()
    return () => dialog?.close()
  }, [])
  const restoring = preview.source.kind === 'backup'
  const title = restoring ? 'Restore this backup?' : 'Import this backup?'
  return (
    <dialog
      ref={ref}
      className="import-dialog"
      aria-labelledby="import-title"
      aria-describedby="import-desc"
      onCancel={(event) => {
        event.preventDefault()
        if (!busy) onCancel()
      }}
    >
      <h2 id="import-title">{title}</h2>
      <p id="import-desc">
        {restoring ? 'Restoring' : 'Importing'} <code className="path">{preview.source.name}</code> replaces all your current data with the data in it.
        {preview.lastChangeAt ? ` Its newest change is from ${when(preview.lastChangeAt)}.` : ''} Your current data is saved as a backup first, so you can go back.
      </p>
      <table className="import-changes">
        <caption className="visually-hidden">What changes</caption>
        <thead>
          <tr><th scope="col">What</th><th scope="col" className="num">Now</th><th scope="col" className="num">After</th></tr>
        </thead>
        <tbody>
          {preview.rows.map((row) => (
            <tr key={row.label} className={row.before !== row.after ? 'changed' : undefined}>
              <th scope="row">{row.label}</th><td className="num">{row.before}</td><td className="num">{row.after}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {error ? <p role="alert" className="field-error">{error}</p> : null}
      <div className="dialog-actions">
        <button type="button" autoFocus disabled={busy} onClick={onCancel}>Cancel</button>
        <button type="button" className="primary" disabled={busy} onClick={onConfirm}>
          {busy ? 'Replacing…' : restoring ? 'Restore and replace my data' : 'Import and replace my data'}
        </button>
      </div>
    </dialog>
  )
}
