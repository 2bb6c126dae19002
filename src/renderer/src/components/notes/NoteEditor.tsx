import {
  lazy,
  Suspense,
  useDeferredValue,
  useEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react'
import { MAX_NOTE_CHARS } from '../../../../shared/notes/limits'
import type { DraftSnapshot, NoteDraft } from '../../state/note-draft'
import { useStore } from '../../state/store'
import { useFocusIntent, useIntent } from '../../state/intent'
import { focusInView } from '../common/focus'
import { formatCount } from '../../format'
import { formatDateTime } from '../../../../shared/calendar/format'
import { systemTimeZone } from '../../../../shared/calendar/days'
import { NoteCardsHelp } from './NoteCardsHelp'
import { EditorSplit, followScroll } from './NotePanes'
import { NoteBodyEditor } from './editor/NoteBodyEditor'
import { NoteHistory } from './history/NoteHistory'
import { Backlinks } from './links/Backlinks'
import { useSettled } from '../common/use-settled'
import { ConfirmDialog } from '../common/ConfirmDialog'
import { EditorModeSwitch } from './EditorModeSwitch'
import { Icon } from '../common/Icon'
import { insertChosenPicture } from './editor/pictures'
import './pictures/pictures.css'

/** How long typing must pause (ms) before the preview catches up. */
const PREVIEW_PAUSE_MS = 250

/** A blank preview takes the text at once: a note that just loaded shows formatted without a wait. */
const isBlank = (text: string): boolean => text.trim() === ''

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
  const text = {
    loading: 'Loading…',
    idle: snap.meta ? 'Saved' : 'Not saved yet',
    pending: 'Unsaved changes',
    saving: 'Saving…',
    saved: 'Saved',
  }[snap.status]
  return (
    <p role="status" className={`save-status save-${snap.status}`}>
      {text}
    </p>
  )
}

/**
 * Edits one note: title, Markdown body with live preview (as the notes pane's mode says; side by
 * side only where `splitFits`), autosave and its timestamps; `actions` sit beside the title.
 */
export function NoteEditor({
  draft,
  splitFits = true,
  actions,
}: {
  draft: NoteDraft
  splitFits?: boolean
  actions?: ReactNode
}) {
  const snap = useSyncExternalStore(draft.subscribe, draft.getSnapshot)
  // The preview follows the text once typing pauses, in a render of its own that typing never
  // waits for: parsing a long note takes longer than the gap between two keystrokes.
  const previewSource = useDeferredValue(useSettled(snap.body, PREVIEW_PAUSE_MS, isBlank))
  const deleteNote = useStore((s) => s.notes.delete)
  const mode = useStore((s) => s.data?.device.workspace.noteMode ?? 'split')
  const setWorkspace = useStore((s) => s.settings.setWorkspace)
  const previewBox = useRef<HTMLDivElement>(null)
  const shown = mode === 'split' && !splitFits ? 'edit' : mode
  const [confirming, setConfirming] = useState(false)
  useEffect(() => {
    draft.attach()
    return () => draft.detach()
  }, [draft])

  const busy = snap.status === 'loading' || snap.status === 'load-error'
  const titleField = useRef<HTMLInputElement>(null)
  const bodyField = useRef<HTMLElement>(null)
  // The title waits for the note's body to load (it is disabled until then).
  useFocusIntent('note-title', titleField, !busy)
  useFocusIntent('note-body', bodyField)
  // Landing on this note (a search hit, the palette): its title comes into view and takes focus once loaded.
  useIntent(snap.noteId ? `note:${snap.noteId}` : undefined, () => void focusInView(titleField.current), !busy)
  // Pictures go into the text, so the button and the palette's command wait for the text box.
  const canInsert = shown !== 'preview' && !busy
  const insertPicture = (): void => void insertChosenPicture(bodyField.current)
  useIntent('note-picture', insertPicture, canInsert)
  const tooLong = snap.body.length > MAX_NOTE_CHARS
  const remove = async (): Promise<void> => {
    if (!snap.noteId) return
    draft.discard()
    setConfirming(false)
    await deleteNote(snap.noteId, draft.skillId)
  }

  // Both kept as they are between keystrokes (the text box follows the draft itself), so the
  // panes around them are not rendered again on every key.
  const text = useMemo(
    () => (
      <NoteBodyEditor
        draft={draft}
        busy={busy}
        tooLong={tooLong}
        field={bodyField}
        onScroll={(scroller) => followScroll(scroller, previewBox)}
      />
    ),
    [draft, busy, tooLong],
  )
  const preview = useMemo(
    () => (
      <section className="note-preview" aria-label="Preview">
        <div className="note-preview-scroll" ref={previewBox}>
          <Suspense fallback={<p className="loading">Loading preview…</p>}>
            {previewSource.trim() === '' ? (
              <p className="empty">The formatted note appears here.</p>
            ) : (
              <MarkdownPreview source={previewSource} />
            )}
          </Suspense>
        </div>
      </section>
    ),
    [previewSource],
  )

  return (
    <>
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
          {/* After the title: Tab goes from the note's title to the layout, then to its text. */}
          <EditorModeSwitch
            mode={mode}
            splitFits={splitFits}
            onMode={(next) => void setWorkspace({ noteMode: next })}
          />
          {canInsert ? (
            <button
              type="button"
              className="insert-picture"
              title="Insert a picture file at the caret (you can also paste or drop one in the text)"
              onClick={insertPicture}
            >
              <Icon name="picture" />
              <span className="insert-picture-label">Insert picture</span>
            </button>
          ) : null}
          {actions}
        </div>
        <div className={`note-panes note-panes-${shown}`}>
          {shown === 'split' ? <EditorSplit text={text} preview={preview} /> : shown === 'edit' ? text : preview}
        </div>
        <footer className="note-footer">
          <SaveStatus
            snap={snap}
            onRetry={() => (snap.status === 'load-error' ? draft.reload() : void draft.flush())}
          />
          <p className="note-times">
            {snap.meta ? (
              <>
                Created{' '}
                <time dateTime={snap.meta.createdAt}>{formatDateTime(snap.meta.createdAt, systemTimeZone())}</time> ·
                Last edited{' '}
                <time dateTime={snap.meta.updatedAt}>{formatDateTime(snap.meta.updatedAt, systemTimeZone())}</time>
              </>
            ) : (
              'Start typing: the note is saved as you go.'
            )}
            <span className={tooLong ? 'char-count over' : 'char-count'}>
              {' '}
              · {formatCount(snap.body.length)} characters
              {tooLong ? ` (the limit is ${formatCount(MAX_NOTE_CHARS)})` : ''}
            </span>
          </p>
          {snap.noteId ? (
            <div className="note-actions">
              <NoteHistory draft={draft} noteId={snap.noteId} />
              <button type="button" onClick={() => setConfirming(true)}>
                Delete note
              </button>
            </div>
          ) : null}
        </footer>
        <ConfirmDialog
          open={confirming}
          title="Delete this note?"
          confirmLabel="Delete"
          cancelLabel="Keep it"
          onConfirm={() => void remove()}
          onCancel={() => setConfirming(false)}
        >
          <p>It goes to the trash with its history: Undo brings it back.</p>
        </ConfirmDialog>
      </div>
      <NoteCardsHelp noteId={snap.noteId} />
      {snap.noteId ? <Backlinks kind="note" id={snap.noteId} /> : null}
    </>
  )
}
