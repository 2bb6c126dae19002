import { lazy, Suspense, useState } from 'react'
import type { NoteDraft } from '../../../state/note-draft'

// The dialog and the diff library load on first use, not with the editor.
const NoteHistoryDialog = lazy(() => import('./NoteHistoryDialog'))

/** The note editor's History button and the dialog it opens. */
export function NoteHistory({ draft, noteId }: { draft: NoteDraft; noteId: string }) {
  const [open, setOpen] = useState(false)
  const [opened, setOpened] = useState(false)
  return (
    <>
      <button
        type="button"
        onClick={() => {
          setOpened(true)
          setOpen(true)
        }}
      >
        History
      </button>
      {opened ? (
        <Suspense fallback={null}>
          <NoteHistoryDialog draft={draft} noteId={noteId} open={open} onClose={() => setOpen(false)} />
        </Suspense>
      ) : null}
    </>
  )
}
