import { useEffect, useRef, useState } from 'react'
import type { BackupInfo, ImportPreview } from '../../../../shared/contract/backup'
import { isCancelled, type Cancelled } from '../../../../shared/contract/cancelled'
import type { Outcome } from '../../state/call'
import { useStore } from '../../state/store'
import { useIntent } from '../../state/intent'
import { ImportDialog } from './ImportDialog'
import { BackupList } from './BackupList'
import { SavedTo } from '../common/SavedTo'
import { FieldError } from '../common/FormFeedback'

type Message = { kind: 'saved'; label: string; path: string } | { kind: 'info'; text: string } | { kind: 'error'; text: string } | null

/** Full backup to a file, import from one, and the rotating backups with one-click restore; all ask before replacing data. */
export function BackupPanel() {
  const backup = useStore((s) => s.backup)
  const [backups, setBackups] = useState<BackupInfo[] | null>(null)
  const [preview, setPreview] = useState<ImportPreview | null>(null)
  const [busy, setBusy] = useState(false)
  const [dialogError, setDialogError] = useState<string | null>(null)
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

  // Runs an action that may open a dialog; `then` takes what it answered (a closed dialog says nothing).
  async function run<T extends object>(action: () => Promise<Outcome<T | Cancelled>>, then: (value: T) => void): Promise<void> {
    setBusy(true)
    setMessage(null)
    const outcome = await action()
    setBusy(false)
    if (!outcome.ok) setMessage({ kind: 'error', text: outcome.message })
    else if (!isCancelled(outcome.value)) then(outcome.value)
  }
  const exportJson = () => run(backup.exportJson, ({ path }) => setMessage({ kind: 'saved', label: 'Backup saved to', path }))
  const chooseImport = () => run<ImportPreview>(backup.chooseImport, setPreview)
  const previewRestore = (name: string) => run<ImportPreview>(() => backup.previewRestore(name), setPreview)
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

  async function confirm(current: ImportPreview): Promise<void> {
    setBusy(true)
    setDialogError(null)
    const outcome = await backup.confirm(current.token)
    setBusy(false)
    if (!outcome.ok) return setDialogError(outcome.message)
    setPreview(null)
    const { safetyBackup } = outcome.value
    const base = safetyBackup.split(/[\\/]/).pop() ?? safetyBackup
    setMessage({ kind: 'info', text: `Your data was replaced from ${current.source.name}. The data you had before is kept as backup ${base}.` })
    setListVersion((v) => v + 1)
  }
  function cancel(current: ImportPreview): void {
    setPreview(null)
    setDialogError(null)
    void backup.cancel(current.token)
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
          <p className="hint">All your progress and notes in one JSON file, to keep somewhere safe or take to another computer. Importing one shows what would change before it replaces your data.</p>
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
          <p className="hint">Groundwork keeps the last ten copies of your data, taken at start-up, hourly while you work, and before every import or restore.</p>
          <BackupList backups={backups} busy={busy} labelledBy="rotating-heading" onRestore={(name) => void previewRestore(name)} />
        </section>
      </div>
      {preview ? <ImportDialog preview={preview} busy={busy} error={dialogError} onConfirm={() => void confirm(preview)} onCancel={() => cancel(preview)} /> : null}
    </>
  )
}
