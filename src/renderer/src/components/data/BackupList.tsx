import type { BackupInfo } from '../../../../shared/contract/backup'
import { when } from './BackupImportDialog'

/** A file size as a person reads it. */
function size(bytes: number): string {
  return bytes < 1024
    ? `${bytes} bytes`
    : bytes < 1024 * 1024
      ? `${Math.round(bytes / 1024)} KB`
      : `${(bytes / (1024 * 1024)).toFixed(1)} MB`
}

/** The rotating backups, newest first, each with a button that previews restoring it. */
export function BackupList({
  backups,
  busy,
  labelledBy,
  onRestore,
}: {
  backups: BackupInfo[] | null
  busy: boolean
  labelledBy: string
  onRestore: (name: string) => void
}) {
  if (backups === null) return <p className="loading">Loading backups…</p>
  if (backups.length === 0)
    return (
      <p className="empty">
        No automatic backups yet. The first one is taken the next time Groundwork starts with changed data.
      </p>
    )
  return (
    <div className="backup-list-box">
      <table className="backup-list" aria-labelledby={labelledBy}>
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
              <td className="backup-action">
                <button
                  type="button"
                  disabled={busy}
                  aria-label={`Restore backup from ${when(b.createdAt)}`}
                  onClick={() => onRestore(b.name)}
                >
                  Restore…
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
