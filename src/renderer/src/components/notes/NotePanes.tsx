import { memo, type ReactNode, type RefObject } from 'react'
import { usePaneLayout } from '../../state/pane-layout'
import { Pane, Panes, PaneSeparator } from '../common/Panes'

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

/** Scrolls the preview to the same fraction of its height as the text (headings and code make the two differ). */
export function followScroll(text: HTMLElement, preview: RefObject<HTMLElement | null>): void {
  const target = preview.current
  if (!target) return
  const room = text.scrollHeight - text.clientHeight
  target.scrollTop = room > 0 ? (text.scrollTop / room) * (target.scrollHeight - target.clientHeight) : 0
}
