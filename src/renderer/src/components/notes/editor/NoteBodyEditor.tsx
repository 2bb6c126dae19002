import { memo, useEffect, useRef, type RefObject } from 'react'
import type { EditorState } from '@codemirror/state'
import { EditorView } from '@codemirror/view'
import type { NoteDraft } from '../../../state/note-draft'
import { useCurriculum } from '../../../state/curriculum'
import { useLinkTargets } from '../links/use-link-targets'
import { noteEditorState, replaceText, setFlags, type NoteEditorHooks } from './note-editor-view'
import { useStore } from '../../../state/store'
import { inBanner, type Outcome } from '../../../state/call'
import { addPicture, choosePicture } from '../pictures/picture-calls'
import { isCancelled, type Cancelled } from '../../../../../shared/contract/cancelled'
import '../../code/code-block.css'
import './editor.css'

/** What a note's editor reads from the page around it when it asks; the mounted editor keeps it current. */
interface Wiring {
  onScroll: (scroller: HTMLElement) => void
  skills: ReadonlyArray<{ id: string; title: string }>
  notes: ReadonlyArray<{ id: string; title: string }> | null
  /** The text the editor last gave the draft: the draft's own changes are the others. */
  sent: string
  /** The editor on screen, if any: a picture stored meanwhile goes to the kept state otherwise. */
  view: EditorView | null
}

/** The Markdown of a stored picture, or null for a refusal (told in the banner) or a closed dialog. */
function markdownOf(outcome: Outcome<{ markdown: string } | Cancelled>): string | null {
  return outcome.ok && !isCancelled(outcome.value) ? outcome.value.markdown : null
}

// Each note's editor state (text, caret, undo history) outlives its editor while the app runs,
// so switching to another note and back keeps that note's undo: undo is per note.
const kept = new WeakMap<NoteDraft, { state: EditorState; wiring: Wiring }>()

/** The note's Markdown editor: follows the draft itself, so the editor around it need not render on each key. */
export const NoteBodyEditor = memo(function NoteBodyEditor({
  draft,
  busy,
  tooLong,
  field,
  onScroll,
}: {
  draft: NoteDraft
  busy: boolean
  tooLong: boolean
  /** Set to the editable element, for focus intents. */
  field: RefObject<HTMLElement | null>
  onScroll: (scroller: HTMLElement) => void
}) {
  const host = useRef<HTMLDivElement>(null)
  const view = useRef<EditorView | null>(null)
  const skills = useCurriculum().skills
  const notes = useLinkTargets().notes
  // Read by the editor when it asks, so it need not be rebuilt when they change.
  const wiring = useRef<Wiring>({ onScroll, skills, notes, sent: '', view: null })
  Object.assign(wiring.current, { onScroll, skills, notes })
  const flags = useRef({ readOnly: busy, invalid: tooLong })
  flags.current = { readOnly: busy, invalid: tooLong }

  useEffect(() => {
    const parent = host.current
    if (!parent) return
    const body = draft.getSnapshot().body
    const saved = kept.get(draft)
    let editor: EditorView
    if (saved && saved.state.doc.toString() === body) {
      // The note's own state again: its hooks read the wiring object it was made with.
      wiring.current = Object.assign(saved.wiring, {
        onScroll: wiring.current.onScroll,
        skills: wiring.current.skills,
        notes: wiring.current.notes,
      })
      editor = new EditorView({ state: saved.state, parent })
      setFlags(editor, flags.current)
    } else {
      const wired = wiring.current
      const hooks: NoteEditorHooks = {
        onText: (text) => {
          wired.sent = text
          draft.edit({ body: text })
        },
        onBlur: () => void draft.flush(),
        onScroll: (scroller) => wired.onScroll(scroller),
        links: { skills: () => wired.skills, notes: () => wired.notes },
        pictures: {
          store: async (file) => markdownOf(await inBanner(useStore.getState, addPicture(file))),
          choose: async () => markdownOf(await inBanner(useStore.getState, choosePicture())),
          apply: (change) => {
            if (wired.view) return wired.view.dispatch(change(wired.view.state))
            // Out of sight (the preview alone, another note): the kept state takes it, and the draft its text.
            const saved = kept.get(draft)
            if (!saved) return
            const next = saved.state.update(change(saved.state)).state
            kept.set(draft, { ...saved, state: next })
            const text = next.doc.toString()
            if (text === wired.sent) return
            wired.sent = text
            draft.edit({ body: text })
          },
        },
      }
      editor = new EditorView({ state: noteEditorState(body, hooks, flags.current), parent })
    }
    const wired = wiring.current
    // What the editor holds now is what it has given the draft: later changes of the draft's text are news to it.
    wired.sent = body
    wired.view = editor
    view.current = editor
    field.current = editor.contentDOM
    // Text that changes in the draft without the editor (loaded, restored from history) comes in.
    const unsubscribe = draft.subscribe(() => {
      const next = draft.getSnapshot().body
      if (next === wired.sent) return
      wired.sent = next
      if (next !== editor.state.doc.toString()) replaceText(editor, next)
    })
    return () => {
      unsubscribe()
      wired.view = null
      kept.set(draft, { state: editor.state, wiring: wired })
      editor.destroy()
      view.current = null
      if (field.current === editor.contentDOM) field.current = null
    }
  }, [draft, field])

  useEffect(() => {
    if (view.current) setFlags(view.current, { readOnly: busy, invalid: tooLong })
  }, [busy, tooLong])

  return <div ref={host} className="note-body-field" />
})
