import { EditorView } from '@codemirror/view'
import { noteEditorState } from '../../src/renderer/src/components/notes/editor/note-editor-view'
import '../../src/renderer/src/styles.css'
import './bare.css'

// The typing baseline: the app's note editor (same extensions, same styles) alone on an empty
// page, holding the same note, with nothing around it to lay out or paint.
const parent = document.getElementById('editor')
if (!parent) throw new Error('no #editor')
const doc = (window as unknown as { __benchDoc?: string }).__benchDoc ?? ''
const host = document.createElement('div')
host.className = 'note-body-field'
parent.append(host)
new EditorView({
  parent: host,
  state: noteEditorState(
    doc,
    {
      onText: () => undefined,
      onBlur: () => undefined,
      onScroll: () => undefined,
      links: { skills: () => [], notes: () => [] },
      pictures: { store: () => Promise.resolve(null), choose: () => Promise.resolve(null), apply: () => undefined },
    },
    { readOnly: false, invalid: false },
  ),
})
