import { useEffect, useRef, useState } from 'react'
import type { BackupInfo, BackupPreview } from '../../../../shared/contract/backup'
import { isCancelled, type Cancelled } from '../../../../shared/contract/cancelled'
import type { Outcome } from '../../state/call'
import { useStore } from '../../state/store'
import { useIntent } from '../../state/intent'
import { BackupImportDialog } from './BackupImportDialog'
import { BackupList } from './BackupList'
import { SavedTo } from '../common/SavedTo'
import { FieldError } from '../common/FormFeedback'
import { usePendingImport } from '../imports/use-pending-import'

type Message =
  | { kind: 'saved'; label: string; path: string }
  | { kind: 'info'; text: string }
  | { kind: 'error'; text: string }
  | null

/** Full backup to a file, import from one, and the rotating backups with one-click restore; all ask before replacing data. */
export function BackupPanel() {
  const backup = useStore((s) => s.backup)
  const [backups, setBackups] = useState<BackupInfo[] | null>(null)
  const flow = usePendingImport<BackupPreview>()
  const [exporting, setExporting] = useState(false)
  const busy = exporting || flow.busy
  const [message, setMessage] = useState<Message>(null)

  // Bumped to reload the list (an import or restore adds a backup).
  const [listVersion, setListVersion] = useState(0)
  useEffect(() => {
    let live = true
    void backup.list().then((outcome) => {
      if (!live) return
      if (outcome.ok) setBackups(outcome.value.backups)
      else setMessage({ kind: 'error', text: outcome.message })
    })
    return () => void (live = false)
  }, [listVersion, backup])

  async function exportJson(): Promise<void> {
    setExporting(true)
    setMessage(null)
    const outcome = await backup.exportJson()
    setExporting(false)
    if (!outcome.ok) setMessage({ kind: 'error', text: outcome.message })
    else if (!isCancelled(outcome.value))
      setMessage({ kind: 'saved', label: 'Backup saved to', path: outcome.value.path })
  }
  // Shows the preview of a backup file or a rotating backup; a closed dialog says nothing.
  async function open(action: () => Promise<Outcome<BackupPreview | Cancelled>>): Promise<void> {
    setMessage(null)
    const failure = await flow.open(action)
    if (failure) setMessage({ kind: 'error', text: failure })
  }
  const chooseImport = () => open(backup.chooseImport)
  const previewRestore = (name: string) => open(() => backup.previewRestore(name))
  // The palette's "Import a backup" presses the button, as the learner would.
  const importButton = useRef<HTMLButtonElement>(null)
  useIntent(
    'backup-import',
    () => {
      importButton.current?.focus()
      void chooseImport()
    },
    !busy,
  )

  async function confirm(): Promise<void> {
    const done = await flow.confirm()
    if (done?.answer.kind !== 'backup') return
    const { safetyBackup } = done.answer
    const base = safetyBackup.split(/[\\/]/).pop() ?? safetyBackup
    setMessage({
      kind: 'info',
      text: `Your data was replaced from ${done.preview.source.name}. The data you had before is kept as backup ${base}.`,
    })
    setListVersion((v) => v + 1)
  }

  return (
    <>
      <div className="data-messages" role="status" aria-live="polite">
        {message?.kind === 'saved' ? <SavedTo label={message.label} path={message.path} /> : null}
        {message?.kind === 'info' ? <p className="ok-message">{message.text}</p> : null}
      </div>
      <FieldError error={message?.kind === 'error' ? message.text : null} />
      <div className="data-panels">
        <section className="data-panel" aria-labelledby="full-backup-heading">
          <h2 id="full-backup-heading">Full backup</h2>
          <p className="hint">
            All your progress and notes in one JSON file, to keep somewhere safe or take to another computer. Importing
            one shows what would change before it replaces your data.
          </p>
          <div className="button-row">
            <button type="button" className="primary" disabled={busy} onClick={() => void exportJson()}>
              Save full backup…
            </button>
            <button type="button" ref={importButton} disabled={busy} onClick={() => void chooseImport()}>
              Import backup…
            </button>
          </div>
        </section>
        <section className="data-panel" aria-labelledby="rotating-heading">
          <h2 id="rotating-heading">Automatic backups</h2>
          <p className="hint">
            Groundwork keeps the last ten copies of your data, taken at start-up, hourly while you work, and before
            every import or restore.
          </p>
          <BackupList
            backups={backups}
            busy={busy}
            labelledBy="rotating-heading"
            onRestore={(name) => void previewRestore(name)}
          />
        </section>
      </div>
      {flow.preview ? (
        <BackupImportDialog
          preview={flow.preview}
          busy={flow.busy}
          error={flow.error}
          onConfirm={() => void confirm()}
          onCancel={flow.cancel}
        />
      ) : null}
    </>
  )
}
