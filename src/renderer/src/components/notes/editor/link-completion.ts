import type { CompletionContext, CompletionResult, CompletionSource } from '@codemirror/autocomplete'
import type { EditorView } from '@codemirror/view'
import { completeLink, openLinkAt } from '../../../../../shared/links/link-query'
import { suggestionsFor, type LinkSuggestion } from '../links/link-suggestions'

// `[[` suggestions in the note editor: skills and note titles, offered at the caret by CodeMirror's
// autocompletion (a listbox the editor points at with aria-activedescendant; arrows, Enter or Tab,
// Escape), inserted as `[[Name]]` the way the link index reads them.

/** Where the suggestions come from: the curriculum's skills and every note's title (null while loading). */
export interface LinkTargetsSource {
  skills(): ReadonlyArray<{ id: string; title: string }>
  notes(): ReadonlyArray<{ id: string; title: string }> | null
}

/** Inserts the picked name as a whole link, reusing a `]]` already after the caret. */
function applyLink(suggestion: LinkSuggestion) {
  return (view: EditorView, _completion: unknown, from: number, to: number): void => {
    const text = view.state.doc.toString()
    const done = completeLink(text, { start: from - 2, query: text.slice(from, to) }, to, suggestion.name)
    const end = text.startsWith(']]', to) ? to + 2 : to
    view.dispatch({
      changes: { from: from - 2, to: end, insert: done.text.slice(from - 2, done.caret) },
      selection: { anchor: done.caret },
      userEvent: 'input.complete',
    })
  }
}

/** The completion source for `[[` links over `source`. */
export function linkCompletions(source: LinkTargetsSource): CompletionSource {
  return (context: CompletionContext): CompletionResult | null => {
    const line = context.state.doc.lineAt(context.pos)
    const open = openLinkAt(line.text, context.pos - line.from)
    const notes = source.notes()
    if (!open || !notes) return null
    const from = line.from + open.start + 2
    const options = suggestionsFor(open.query, source.skills(), notes).map((suggestion) => ({
      label: suggestion.name,
      detail: suggestion.kind,
      type: suggestion.kind === 'Skill' ? 'class' : 'text',
      apply: applyLink(suggestion),
    }))
    // Our own matching and order (names that start with the words first); the list is asked again on every key.
    return options.length === 0 ? null : { from, options, filter: false }
  }
}
