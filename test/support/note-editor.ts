import { act, screen } from '@testing-library/react'
import { EditorView } from '@codemirror/view'

// The note editor is CodeMirror 6, whose input reading needs a real browser's DOM (the e2e specs
// type into it with the keyboard). Component tests in happy-dom go through its public view instead:
// each call is one transaction, as a keystroke or a paste would be, so the app's own code (draft,
// autosave, links, cards) runs as it does for typing.

/** The note editor's editable element, found as a person would: the text box named "Notes". */
export function noteBox(): HTMLElement {
  return screen.getByRole('textbox', { name: 'Notes' })
}

/** The CodeMirror view behind the note editor. */
export function noteView(): EditorView {
  const view = EditorView.findFromDOM(noteBox())
  if (!view) throw new Error('The note editor is not a CodeMirror view')
  return view
}

/** The note's whole text as the editor holds it. */
export function noteText(): string {
  return noteView().state.doc.toString()
}

/** Types `text` at the caret (replacing a selection), as one input transaction; the editor takes focus first. */
export async function typeInNote(text: string): Promise<void> {
  const view = noteView()
  await act(async () => {
    view.focus()
    const { from, to } = view.state.selection.main
    view.dispatch({
      changes: { from, to, insert: text },
      selection: { anchor: from + text.length },
      userEvent: 'input.type',
      scrollIntoView: true,
    })
    await Promise.resolve()
  })
}

/** Selects the whole note, so the next typing replaces it. */
export function selectAllInNote(): void {
  const view = noteView()
  view.dispatch({ selection: { anchor: 0, head: view.state.doc.length } })
}
