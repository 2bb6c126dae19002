import { lazy, Suspense, useDeferredValue, useEffect, useRef, useState, useSyncExternalStore } from 'react'
import { MAX_NOTE_CHARS } from '../../../../shared/notes/limits'
import type { DraftSnapshot, NoteDraft } from '../../state/note-draft'
import { useStore } from '../../state/store'
import { useFocusIntent } from '../../state/intent'
import { formatCount } from '../../format'
import { formatDateTime } from '../../../../shared/calendar/format'
import { systemTimeZone } from '../../../../shared/calendar/days'
import { NoteCardsHelp } from './NoteCardsHelp'

const MarkdownPreview = lazy(() => import('./MarkdownPreview'))

function SaveStatus({ snap, onRetry }: { snap: DraftSnapshot; onRetry: () => void }) {
  if (snap.status === 'error' || snap.status === 'load-error') {
    return (
      <div role="alert" className="save-status save-error">
        {snap.status === 'error' ? 'Not saved: ' : 'Could not open this note: '}
        {snap.error}
        {snap.status === 'error' ? ' Your text is kept here.' : ''}{' '}
        <button type="button" onClick={onRetry}>
          Try again
        </button>
      </div>
    )
  }
  const text = { loading: 'Loading…', idle: snap.meta ? 'Saved' : 'Not saved yet', pending: 'Unsaved changes', saving: 'Saving…', saved: 'Saved' }[snap.status]
  return (
    <p role="status" className={`save-status save-${snap.status}`}>
      {text}
    </p>
  )
}

/** Edits one note: title, Markdown body with live preview, autosave and its timestamps. */
export function NoteEditor({ draft }: { draft: NoteDraft }) {
  const snap = useSyncExternalStore(draft.subscribe, draft.getSnapshot)
  const preview = useDeferredValue(snap.body)
  const deleteNote = useStore((s) => s.notes.delete)
  const [confirming, setConfirming] = useState(false)
  useEffect(() => {
    draft.attach()
    return () => draft.detach()
  }, [draft])

  const busy = snap.status === 'loading' || snap.status === 'load-error'
  const titleField = useRef<HTMLInputElement>(null)
  const bodyField = useRef<HTMLTextAreaElement>(null)
  // The title waits for the note's body to load (it is disabled until then).
  useFocusIntent('note-title', titleField, !busy)
  useFocusIntent('note-body', bodyField)
  const tooLong = snap.body.length > MAX_NOTE_CHARS
  const remove = async (): Promise<void> => {
    if (!snap.noteId) return
    draft.discard()
    if (!(await deleteNote(snap.noteId, draft.skillId)).ok) setConfirming(false)
  }

  return (
    <div className="note-editor">
      <div className="note-fields">
        <label className="note-title-field">
          <span className="visually-hidden">Note title</span>
          <input
            ref={titleField}
            id="note-title"
            type="text"
            value={snap.title}
            placeholder="Untitled note"
            maxLength={200}
            disabled={busy}
            onChange={(event) => draft.edit({ title: event.target.value })}
            onBlur={() => void draft.flush()}
          />
        </label>
        <SaveStatus snap={snap} onRetry={() => (snap.status === 'load-error' ? draft.reload() : void draft.flush())} />
      </div>
      <div className="note-panes">
        <label className="note-body-field">
          <span className="pane-label">Notes</span>
          <textarea
            ref={bodyField}
            id="note-body"
            value={snap.body}
            readOnly={busy}
            aria-busy={busy}
            aria-invalid={tooLong}
            spellCheck
            placeholder={'Write in Markdown: # headings, **bold**, - lists, `code`, [links](https://…)\nSaved as you type.'}
            onChange={(event) => draft.edit({ body: event.target.value })}
            onBlur={() => void draft.flush()}
          />
        </label>
        <section className="note-preview" aria-label="Preview">
          <span className="pane-label" aria-hidden="true">
            Preview
          </span>
          <Suspense fallback={<p className="loading">Loading preview…</p>}>{preview.trim() === '' ? <p className="empty">The formatted note appears here.</p> : <MarkdownPreview source={preview} />}</Suspense>
        </section>
      </div>
      <footer className="note-footer">
        <p className="note-times">
          {snap.meta ? (
            <>
              Created <time dateTime={snap.meta.createdAt}>{formatDateTime(snap.meta.createdAt, systemTimeZone())}</time> · Last edited{' '}
              <time dateTime={snap.meta.updatedAt}>{formatDateTime(snap.meta.updatedAt, systemTimeZone())}</time>
            </>
          ) : (
            'Start typing: the note is saved as you go.'
          )}
          <span className={tooLong ? 'char-count over' : 'char-count'}>
            {' '}
            · {formatCount(snap.body.length)} characters{tooLong ? ` (the limit is ${formatCount(MAX_NOTE_CHARS)})` : ''}
          </span>
        </p>
        {snap.noteId ? (
          confirming ? (
            <div className="confirm" role="group" aria-label="Confirm deletion">
              <span>Delete this note for good?</span>
              <button type="button" className="danger" onClick={() => void remove()}>
                Delete
              </button>
              <button type="button" onClick={() => setConfirming(false)} autoFocus>
                Keep it
              </button>
            </div>
          ) : (
            <button type="button" onClick={() => setConfirming(true)}>
              Delete note
            </button>
          )
        ) : null}
      </footer>
      <NoteCardsHelp noteId={snap.noteId} />
    </div>
  )
}
