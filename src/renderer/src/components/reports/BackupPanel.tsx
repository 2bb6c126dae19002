import { useEffect, useState } from 'react'
import type { BackupInfo, ImportPreview } from '../../../../shared/contract/backup'
import { isCancelled } from '../../../../shared/contract/dialog'
import { call, messageOf } from '../../state/call'
import { useStore } from '../../state/store'
import { ImportDialog, when } from './ImportDialog'
import { SavedTo } from './SavedTo'

type Message = { kind: 'saved'; label: string; path: string } | { kind: 'info'; text: string } | { kind: 'error'; text: string } | null

function size(bytes: number): string {
  return bytes < 1024 ? `${bytes} bytes` : bytes < 1024 * 1024 ? `${Math.round(bytes / 1024)} KB` : `${(bytes / (1024 * 1024)).toFixed(1)} MB`
}

/** Full backup to a file, import from one, and the rotating backups with one-click restore. */
export function BackupPanel() {
  const confirmImport = useStore((s) => s.confirmImport)
  const [backups, setBackups] = useState<BackupInfo[] | null>(null)
  const [preview, setPreview] = useState<ImportPreview | null>(null)
  const [busy, setBusy] = useState(false)
  const [dialogError, setDialogError] = useState<string | null>(null)
  const [message, setMessage] = useState<Message>(null)

  // Bumped to reload the list (an import or restore adds a backup).
  const [listVersion, setListVersion] = useState(0)
  useEffect(() => {
    let live = true
    call(window.api.backup.list()).then(
      (answer) => live && setBackups(answer.backups),
      (error: unknown) => live && setMessage({ kind: 'error', text: `Could not list the backups: ${messageOf(error)}` }),
    )
    return () => void (live = false)
  }, [listVersion])

  async function run(action: () => Promise<void>): Promise<void> {
    setBusy(true)
    setMessage(null)
    try {
      await action()
    } catch (error) {
      setMessage({ kind: 'error', text: messageOf(error) })
    } finally {
      setBusy(false)
    }
  }
  // A closed dialog says nothing.
  const exportJson = () =>
    run(async () => {
      const answer = await call(window.api.backup.exportJson())
      if (!isCancelled(answer)) setMessage({ kind: 'saved', label: 'Backup saved to', path: answer.path })
    })
  const chooseImport = () =>
    run(async () => {
      const answer = await call(window.api.backup.chooseImport())
      if (!isCancelled(answer)) setPreview(answer)
    })
  const previewRestore = (name: string) => run(async () => setPreview(await call(window.api.backup.previewRestore({ name }))))

  async function confirm(current: ImportPreview): Promise<void> {
    setBusy(true)
    setDialogError(null)
    try {
      const { safetyBackup } = await confirmImport(current.token)
      setPreview(null)
      const base = safetyBackup.split(/[\\/]/).pop() ?? safetyBackup
      setMessage({ kind: 'info', text: `Your data was replaced from ${current.source.name}. The data you had before is kept as backup ${base}.` })
      setListVersion((v) => v + 1)
    } catch (error) {
      setDialogError(messageOf(error))
    } finally {
      setBusy(false)
    }
  }
  function cancel(current: ImportPreview): void {
    setPreview(null)
    setDialogError(null)
    void window.api.backup.cancel({ token: current.token })
  }

  return (
    <section className="backup-panel" aria-labelledby="backup-heading">
      <h2 id="backup-heading">Backup and restore</h2>
      <p className="hint">A full backup holds all your progress and notes in one JSON file. Importing one replaces your current data, after showing what would change.</p>
      <div className="export-buttons">
        <button type="button" disabled={busy} onClick={() => void exportJson()}>Save full backup…</button>
        <button type="button" disabled={busy} onClick={() => void chooseImport()}>Import backup…</button>
      </div>
      <div role="status" aria-live="polite">
        {message?.kind === 'saved' ? <SavedTo label={message.label} path={message.path} /> : null}
        {message?.kind === 'info' ? <p className="ok-message">{message.text}</p> : null}
      </div>
      {message?.kind === 'error' ? <p role="alert" className="field-error">{message.text}</p> : null}

      <h3 id="rotating-heading">Automatic backups</h3>
      <p className="hint">Groundwork keeps the last ten copies of your data, taken at start-up, hourly while you work, and before every import.</p>
      {backups === null ? <p className="loading">Loading backups…</p> : null}
      {backups?.length === 0 ? <p className="empty">No automatic backups yet.</p> : null}
      {backups && backups.length > 0 ? (
        <table className="backup-list" aria-labelledby="rotating-heading">
          <thead><tr><th scope="col">Taken</th><th scope="col" className="num">Size</th><th scope="col"><span className="visually-hidden">Action</span></th></tr></thead>
          <tbody>
            {backups.map((b) => (
              <tr key={b.name}>
                <td><time dateTime={b.createdAt}>{when(b.createdAt)}</time></td>
                <td className="num">{size(b.bytes)}</td>
                <td><button type="button" disabled={busy} aria-label={`Restore backup from ${when(b.createdAt)}`} onClick={() => void previewRestore(b.name)}>Restore…</button></td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {preview ? <ImportDialog preview={preview} busy={busy} error={dialogError} onConfirm={() => void confirm(preview)} onCancel={() => cancel(preview)} /> : null}
    </section>
  )
}
