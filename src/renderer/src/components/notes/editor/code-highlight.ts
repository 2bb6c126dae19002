import { StateEffect, type Range } from '@codemirror/state'
import { Decoration, ViewPlugin, type DecorationSet, type EditorView, type ViewUpdate } from '@codemirror/view'
import { syntaxTree } from '@codemirror/language'
import { codeLanguage } from '../../../../../shared/markdown/code/languages'
import { loadedHighlighter, loadHighlighter } from '../../code/highlighter-chunk'
import type { CodeSpan } from '../../../../../shared/markdown/code/highlight'
import type { LanguageId } from '../../../../../shared/markdown/code/languages'

// Fenced code in the note editor, coloured by the preview's own highlighter (highlight.js grammars
// through lowlight, the same hljs-* classes and palette), so a block reads the same on both sides.
// Only blocks in sight are highlighted; each block's spans are kept by its text, so a keystroke
// outside a block costs nothing and one inside re-highlights only that block.

const arrived = StateEffect.define<null>()
const codeLine = Decoration.line({ class: 'cm-code-line' })

// Spans per language and block text, newest last; bounded so a long session does not grow it.
const cache = new Map<string, CodeSpan[]>()
const CACHE_ENTRIES = 200

function spansOf(code: string, language: LanguageId): CodeSpan[] | null {
  const highlighter = loadedHighlighter()
  if (!highlighter) return null
  const key = `${language}\u0000${code}`
  let spans = cache.get(key)
  if (spans) cache.delete(key)
  else spans = highlighter.highlightSpans(code, language)
  cache.set(key, spans)
  if (cache.size > CACHE_ENTRIES) cache.delete(cache.keys().next().value!)
  return spans
}

function highlightVisible(view: EditorView, requestHighlighter: () => void): DecorationSet {
  const marks: Range<Decoration>[] = []
  const { state } = view
  for (const { from, to } of view.visibleRanges) {
    syntaxTree(state).iterate({
      from,
      to,
      enter(node) {
        if (node.name !== 'FencedCode') return
        for (let line = state.doc.lineAt(Math.max(node.from, from)); ; line = state.doc.line(line.number + 1)) {
          marks.push(codeLine.range(line.from))
          if (line.to >= Math.min(node.to, to) || line.number >= state.doc.lines) break
        }
        const info = node.node.getChild('CodeInfo')
        const text = node.node.getChild('CodeText')
        const language = codeLanguage(info ? state.doc.sliceString(info.from, info.to).trim() : undefined)
        if (!language || !text) return false
        const spans = spansOf(state.doc.sliceString(text.from, text.to), language.id)
        if (!spans) requestHighlighter()
        else
          for (const span of spans)
            marks.push(Decoration.mark({ class: span.className }).range(text.from + span.from, text.from + span.to))
        return false
      },
    })
  }
  return Decoration.set(marks, true)
}

/** The highlighting plugin: asks for the highlighter's chunk on the first block in a known language. */
export const codeHighlightPlugin = ViewPlugin.fromClass(
  class {
    decorations: DecorationSet
    #asked = false
    constructor(readonly view: EditorView) {
      this.decorations = highlightVisible(view, this.#request)
    }
    #request = (): void => {
      if (this.#asked) return
      this.#asked = true
      loadHighlighter().then(
        () => this.view.dispatch({ effects: arrived.of(null) }),
        () => (this.#asked = false),
      )
    }
    update(update: ViewUpdate): void {
      const came = update.transactions.some((tr) => tr.effects.some((effect) => effect.is(arrived)))
      if (
        came ||
        update.docChanged ||
        update.viewportChanged ||
        syntaxTree(update.startState) !== syntaxTree(update.state)
      )
        this.decorations = highlightVisible(update.view, this.#request)
    }
  },
  { decorations: (plugin) => plugin.decorations },
)
