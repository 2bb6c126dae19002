import { useState, useSyncExternalStore } from 'react'
import { Dialog } from '../../common/Dialog'
import type { NoteDraft } from '../../../state/note-draft'
import type { NoteVersion, VersionReason } from '../../../../../shared/model'
import { formatDateTime } from '../../../../../shared/calendar/format'
import { systemTimeZone } from '../../../../../shared/calendar/days'
import { noteDisplayTitle } from '../../../../../shared/notes/title'
import { useNoteHistory } from './use-note-history'
import { VersionDiff } from './VersionDiff'
import './history.css'

const REASON: Record<VersionReason, string> = {
  edit: 'While editing',
  restore: 'Before a restore',
  import: 'Before an import',
  rename: 'Before a rename',
}

const when = (version: NoteVersion): string => formatDateTime(version.at, systemTimeZone())

/** The note's earlier versions by date, the selected one compared line by line with the current text, and Restore. */
export default function NoteHistoryDialog({
  draft,
  noteId,
  open,
  onClose,
}: {
  draft: NoteDraft
  noteId: string
  open: boolean
  onClose: () => void
}) {
  return (
    <Dialog
      open={open}
      onClose={onClose}
      labelledBy="note-history-title"
      describedBy="note-history-help"
      className="history-dialog"
    >
      {/* Mounted while open only, so each opening starts afresh. */}
      <HistoryContent draft={draft} noteId={noteId} onClose={onClose} />
    </Dialog>
  )
}

function HistoryContent({ draft, noteId, onClose }: { draft: NoteDraft; noteId: string; onClose: () => void }) {
  const snap = useSyncExternalStore(draft.subscribe, draft.getSnapshot)
  const { state, restore } = useNoteHistory(draft, noteId)
  const [selected, setSelected] = useState<string | null>(null)
  const [restored, setRestored] = useState<{ from: string } | null>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const versions = state.status === 'ready' ? state.versions : []
  const version = versions.find((v) => v.at === selected) ?? versions[0]

  const run = async (at: string, after: () => void): Promise<void> => {
    setBusy(true)
    setError(null)
    const outcome = await restore(at)
    setBusy(false)
    if (!outcome.ok) return setError(outcome.message)
    setSelected(null)
    after()
  }

  return (
    <>
      <h2 id="note-history-title">History of “{noteDisplayTitle(snap)}”</h2>
      <p id="note-history-help" className="muted">
        Earlier versions of this note, newest first. Pick one to see how it differs from the current text. Restoring
        keeps the current text as a version, so a restore can be undone.
      </p>
      {restored ? (
        <p role="status" className="history-restored">
          Restored the version of {restored.from}.{' '}
          <button
            type="button"
            disabled={busy}
            onClick={() => versions[0] && void run(versions[0].at, () => setRestored(null))}
          >
            Undo restore
          </button>
        </p>
      ) : null}
      {error ? (
        <p role="alert" className="form-error">
          {error}
        </p>
      ) : null}
      {state.status === 'loading' ? <p className="loading">Loading versions…</p> : null}
      {state.status === 'error' ? <p role="alert">Could not load the history: {state.message}</p> : null}
      {state.status === 'ready' && versions.length === 0 ? (
        <p className="empty">
          No earlier versions yet. One is kept when you start editing this note again, and every few minutes while you
          type.
        </p>
      ) : null}
      {version ? (
        <div className="history-layout">
          <ol className="history-versions" aria-label="Versions">
            {versions.map((v) => (
              <li key={v.at}>
                <button
                  type="button"
                  aria-pressed={v === version}
                  onClick={() => setSelected(v.at)}
                  data-autofocus={v === version ? true : undefined}
                >
                  <time dateTime={v.at}>{when(v)}</time>
                  <span className="history-reason">{REASON[v.reason]}</span>
                </button>
              </li>
            ))}
          </ol>
          <section
            className="history-diff"
            aria-label={`Changes between the version of ${when(version)} and the current text`}
          >
            {version.title !== snap.title ? (
              <p className="diff-title">
                Title then: <strong>{version.title || 'Untitled note'}</strong> (now: {snap.title || 'Untitled note'})
              </p>
            ) : null}
            <VersionDiff current={snap.body} version={version.body} />
          </section>
        </div>
      ) : null}
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          Close
        </button>
        {version ? (
          <button
            type="button"
            className="primary"
            disabled={busy}
            onClick={() => void run(version.at, () => setRestored({ from: when(version) }))}
          >
            Restore this version
          </button>
        ) : null}
      </div>
    </>
  )
}
