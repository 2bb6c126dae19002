import { useEffect, useRef, useState } from 'react'
import type { BackupInfo, ImportPreview } from '../../../../shared/contract/backup'
import { isCancelled, type Cancelled } from '../../../../shared/contract/cancelled'
import type { Outcome } from '../../state/call'
import { useStore } from '../../state/store'
import { useIntent } from '../../state/intent'
import { ImportDialog, when } from './ImportDialog'
import { SavedTo } from './SavedTo'

type Message = { kind: 'saved'; label: string; path: string } | { kind: 'info'; text: string } | { kind: 'error'; text: string } | null

function size(bytes: number): string {
  return bytes < 1024 ? `${bytes} bytes` : bytes < 1024 * 1024 ? `${Math.round(bytes / 1024)} KB` : `${(bytes / (1024 * 1024)).toFixed(1)} MB`
}

/** Full backup to a file, import from one, and the rotating backups with one-click restore. */
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
    <section className="backup-panel" aria-labelledby="backup-heading">
      <h2 id="backup-heading">Backup and restore</h2>
      <p className="hint">A full backup holds all your progress and notes in one JSON file. Importing one replaces your current data, after showing what would change.</p>
      <div className="export-buttons">
        <button type="button" disabled={busy} onClick={() => void exportJson()}>
          Save full backup…
        </button>
        <button type="button" ref={importButton} disabled={busy} onClick={() => void chooseImport()}>
          Import backup…
        </button>
      </div>
      <div role="status" aria-live="polite">
        {message?.kind === 'saved' ? <SavedTo label={message.label} path={message.path} /> : null}
        {message?.kind === 'info' ? <p className="ok-message">{message.text}</p> : null}
      </div>
      {message?.kind === 'error' ? (
        <p role="alert" className="field-error">
          {message.text}
        </p>
      ) : null}

      <h3 id="rotating-heading">Automatic backups</h3>
      <p className="hint">Groundwork keeps the last ten copies of your data, taken at start-up, hourly while you work, and before every import.</p>
      {backups === null ? <p className="loading">Loading backups…</p> : null}
      {backups?.length === 0 ? <p className="empty">No automatic backups yet.</p> : null}
      {backups && backups.length > 0 ? (
        <table className="backup-list" aria-labelledby="rotating-heading">
          <thead>
            <tr>
              <th scope="col">Taken</th>
              <th scope="col" className="num">
                Size
              </th>
              <th scope="col">
                <span className="visually-hidden">Action</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {backups.map((b) => (
              <tr key={b.name}>
                <td>
                  <time dateTime={b.createdAt}>{when(b.createdAt)}</time>
                </td>
                <td className="num">{size(b.bytes)}</td>
                <td>
                  <button type="button" disabled={busy} aria-label={`Restore backup from ${when(b.createdAt)}`} onClick={() => void previewRestore(b.name)}>
                    Restore…
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {preview ? <ImportDialog preview={preview} busy={busy} error={dialogError} onConfirm={() => void confirm(preview)} onCancel={() => cancel(preview)} /> : null}
    </section>
  )
}
