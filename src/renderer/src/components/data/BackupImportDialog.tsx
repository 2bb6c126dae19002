import type { BackupPreview } from '../../../../shared/contract/backup'
import { formatDateTime } from '../../../../shared/calendar/format'
import { systemTimeZone } from '../../../../shared/calendar/days'
import { Dialog } from '../common/Dialog'
import { FieldError } from '../common/FormFeedback'
import { ImportCounts } from '../imports/ImportCounts'

/** A moment as the learner reads it, in their locale and zone. */
export function when(iso: string): string {
  return formatDateTime(iso, systemTimeZone())
}

/** Modal confirmation for an import or restore: what changes, before and after; Escape cancels unless busy. */
export function BackupImportDialog({
  preview,
  busy,
  error,
  onConfirm,
  onCancel,
}: {
  preview: BackupPreview
  busy: boolean
  error: string | null
  onConfirm: () => void
  onCancel: () => void
}) {
  const restoring = preview.source.kind === 'backup'
  const title = restoring ? 'Restore this backup?' : 'Import this backup?'
  // Notes the learner has now that the backup lacks: the one change here that takes away writing.
  const notes = preview.rows.find((row) => row.label === 'Notes')
  const lostNotes = notes ? Math.max(0, notes.before - notes.after) : 0
  return (
    <Dialog
      open
      onClose={() => {
        if (!busy) onCancel()
      }}
      labelledBy="import-title"
      describedBy="import-desc"
      className="import-dialog"
    >
      <h2 id="import-title">{title}</h2>
      <p id="import-desc">
        {restoring ? 'Restoring' : 'Importing'} <code className="path">{preview.source.name}</code> replaces all your
        current data with the data in it.
        {preview.lastChangeAt ? ` Its newest change is from ${when(preview.lastChangeAt)}.` : ''} Your current data is
        saved as a backup first, so you can go back.
      </p>
      <ImportCounts
        caption="What changes"
        columns={['Now', 'After']}
        rows={preview.rows.map((row) => ({
          label: row.label,
          values: [row.before, row.after],
          changed: row.before !== row.after,
        }))}
      />
      {lostNotes > 0 ? (
        <p className="import-loss">
          {lostNotes === 1 ? 'One note you have now is' : `${lostNotes} notes you have now are`} not in it and will be
          gone from the app (the backup made first still holds {lostNotes === 1 ? 'it' : 'them'}).
        </p>
      ) : null}
      <FieldError error={error} />
      <div className="dialog-actions">
        <button type="button" data-autofocus disabled={busy} onClick={onCancel}>
          Cancel
        </button>
        <button type="button" className={lostNotes > 0 ? 'danger' : 'primary'} disabled={busy} onClick={onConfirm}>
          {busy ? 'Replacing…' : restoring ? 'Restore and replace my data' : 'Import and replace my data'}
        </button>
      </div>
    </Dialog>
  )
}
