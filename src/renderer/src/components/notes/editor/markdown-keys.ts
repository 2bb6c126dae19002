import { EditorSelection, type ChangeSpec } from '@codemirror/state'
import type { Command, EditorView, KeyBinding } from '@codemirror/view'

// Formatting keys of the note editor: each wraps the selection in Markdown's marks, or takes them
// off when the selection is already wrapped, so pressing a key twice gives back the plain text.

/** A command that puts `before` and `after` around each selection (an empty one gets a placeholder to type over). */
function wrap(before: string, after: string, placeholder: string): Command {
  return (view: EditorView) => {
    if (view.state.readOnly) return false
    const changes = view.state.changeByRange((range) => {
      const { doc } = view.state
      const outer = { from: range.from - before.length, to: range.to + after.length }
      const wrapped =
        outer.from >= 0 &&
        outer.to <= doc.length &&
        doc.sliceString(outer.from, range.from) === before &&
        doc.sliceString(range.to, outer.to) === after
      if (wrapped && !range.empty) {
        const change: ChangeSpec[] = [
          { from: outer.from, to: range.from },
          { from: range.to, to: outer.to },
        ]
        return { changes: change, range: EditorSelection.range(outer.from, range.to - before.length) }
      }
      const text = range.empty ? placeholder : doc.sliceString(range.from, range.to)
      const start = range.from + before.length
      return {
        changes: { from: range.from, to: range.to, insert: `${before}${text}${after}` },
        range: EditorSelection.range(start, start + text.length),
      }
    })
    view.dispatch(view.state.update(changes, { scrollIntoView: true, userEvent: 'input.format' }))
    return true
  }
}

/** Bold, italic, inline code and a link around the selection (the link's address selected, ready to paste over). */
export const formatBold = wrap('**', '**', 'bold text')
export const formatItalic = wrap('_', '_', 'italic text')
export const formatCode = wrap('`', '`', 'code')

/** Makes the selection a link's text and selects the address placeholder after it. */
export const formatLink: Command = (view) => {
  if (view.state.readOnly) return false
  const changes = view.state.changeByRange((range) => {
    const text = range.empty ? 'link text' : view.state.doc.sliceString(range.from, range.to)
    const insert = `[${text}](https://)`
    const address = range.from + text.length + 3
    return {
      changes: { from: range.from, to: range.to, insert },
      range: EditorSelection.range(address, address + 'https://'.length),
    }
  })
  view.dispatch(view.state.update(changes, { scrollIntoView: true, userEvent: 'input.format' }))
  return true
}

/** The keys, as the shortcuts sheet lists them. Ctrl/Cmd+K stays the command palette's everywhere. */
export const markdownKeymap: KeyBinding[] = [
  { key: 'Mod-b', run: formatBold },
  { key: 'Mod-i', run: formatItalic },
  { key: 'Mod-e', run: formatCode },
  { key: 'Mod-Shift-k', run: formatLink },
]
