import { useCallback, useEffect, useState } from 'react'
import type { NoteVersion } from '../../../../../shared/model'
import type { NoteDraft } from '../../../state/note-draft'
import { useStore } from '../../../state/store'
import type { Outcome } from '../../../state/call'

/** Where the history of the open note stands. */
export type HistoryState =
  { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; versions: NoteVersion[] }

/**
 * The earlier versions of a draft's note, for a component shown while the history is open: saves what is typed first (so the current
 * text compared against is what main holds), then loads them. `restore` puts one back and hands
 * the restored text to the draft. Main keeps the replaced text as the newest version, so
 * restoring the newest version right after undoes a restore.
 */
export function useNoteHistory(
  draft: NoteDraft,
  noteId: string,
): { state: HistoryState; reload: () => void; restore: (at: string) => Promise<Outcome<null>> } {
  const [state, setState] = useState<HistoryState>({ status: 'loading' })
  const [serial, setSerial] = useState(0)
  const history = useStore((s) => s.notes.history)
  const restoreVersion = useStore((s) => s.notes.restoreVersion)

  useEffect(() => {
    let live = true
    void draft
      .flush()
      .then(() => history(noteId))
      .then((outcome) => {
        if (live)
          setState(
            outcome.ok
              ? { status: 'ready', versions: outcome.value.versions }
              : { status: 'error', message: outcome.message },
          )
      })
    return () => void (live = false)
  }, [draft, noteId, history, serial])

  const reload = useCallback(() => setSerial((n) => n + 1), [])
  const restore = useCallback(
    async (at: string): Promise<Outcome<null>> => {
      await draft.flush()
      const outcome = await restoreVersion(noteId, at)
      if (!outcome.ok) return outcome
      const { body, ...meta } = outcome.value
      draft.adopt({ title: meta.title, body, meta: { ...meta, chars: body.length } })
      reload()
      return { ok: true, value: null }
    },
    [draft, noteId, restoreVersion, reload],
  )
  return { state, reload, restore }
}
