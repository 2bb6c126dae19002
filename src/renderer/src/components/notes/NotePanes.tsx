import { memo, useSyncExternalStore, type ReactNode, type RefObject } from 'react'
import type { NoteDraft } from '../../state/note-draft'
import { usePaneLayout } from '../../state/pane-layout'
import { Pane, Panes, PaneSeparator } from '../common/Panes'
import { useLinkAutocomplete } from './links/use-link-autocomplete'
import { LinkSuggestions } from './links/LinkSuggestions'

/** The note's Markdown text box, with `[[` link suggestions; it follows the draft itself, so the editor around it need not render on each key. */
export const NoteText = memo(function NoteText({
  draft,
  busy,
  tooLong,
  field,
  previewBox,
}: {
  draft: NoteDraft
  busy: boolean
  tooLong: boolean
  field: RefObject<HTMLTextAreaElement | null>
  previewBox: RefObject<HTMLElement | null>
}) {
  const body = useSyncExternalStore(draft.subscribe, () => draft.getSnapshot().body)
  const links = useLinkAutocomplete(field, (next) => draft.edit({ body: next }))
  return (
    <div className="link-suggest-wrap">
      <label className="note-body-field">
        <span className="visually-hidden">Notes</span>
        <textarea
          ref={field}
          id="note-body"
          value={body}
          readOnly={busy}
          aria-busy={busy}
          aria-invalid={tooLong}
          spellCheck
          placeholder={'Write in Markdown: # headings, **bold**, - lists, `code`, [links](https://…)\nSaved as you type.'}
          onChange={(event) => draft.edit({ body: event.target.value })}
          onBlur={() => void draft.flush()}
          onScroll={(event) => followScroll(event.currentTarget, previewBox)}
          {...links.textareaProps}
        />
      </label>
      <LinkSuggestions {...links.listProps} />
    </div>
  )
})

/** The text and its preview side by side, the line between them draggable; the sizes are remembered. */
export const EditorSplit = memo(function EditorSplit({ text, preview }: { text: ReactNode; preview: ReactNode }) {
  const layout = usePaneLayout('note-split', { 'note-text': 50, 'note-preview': 50 })
  return (
    <Panes id="note-split" className="note-split" layout={layout}>
      <Pane id="note-text" minSize={200} className="pane">
        {text}
      </Pane>
      <PaneSeparator label="Resize the editor and preview" controls="note-text" />
      <Pane id="note-preview" minSize={160} className="pane">
        {preview}
      </Pane>
    </Panes>
  )
})

/** Scrolls the preview to the same fraction of its height as the text box (headings and code make the two differ). */
function followScroll(text: HTMLTextAreaElement, preview: RefObject<HTMLElement | null>): void {
  const target = preview.current
  if (!target) return
  const room = text.scrollHeight - text.clientHeight
  target.scrollTop = room > 0 ? (text.scrollTop / room) * (target.scrollHeight - target.clientHeight) : 0
}
