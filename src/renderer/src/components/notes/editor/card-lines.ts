import { RangeSetBuilder } from '@codemirror/state'
import { Decoration, ViewPlugin, type DecorationSet, type EditorView, type ViewUpdate } from '@codemirror/view'
import { syntaxTree } from '@codemirror/language'
import { CARD_SEPARATOR } from '../../../../../shared/review/card-separator'

// Marks the lines that make review cards, as main reads them (shared/review/note-cards.ts): a
// `Question :: Answer` line, or a `Question ::` line and its answer's lines up to a blank line,
// only in ordinary text: never in code, headings, tables or HTML.

const question = Decoration.line({ class: 'cm-card-line', attributes: { title: 'A review card: question :: answer' } })
const answer = Decoration.line({ class: 'cm-card-line cm-card-answer' })

/** Syntax nodes inside which `::` never makes a card. */
const NOT_CARDS = new Set([
  'FencedCode',
  'CodeBlock',
  'InlineCode',
  'CodeText',
  'HTMLBlock',
  'ATXHeading1',
  'ATXHeading2',
  'ATXHeading3',
  'ATXHeading4',
  'ATXHeading5',
  'ATXHeading6',
  'SetextHeading1',
  'SetextHeading2',
  'Table',
])

/** Whether the `::` at `pos` sits in a paragraph's plain text. */
function inParagraphText(view: EditorView, pos: number): boolean {
  let paragraph = false
  for (
    let node: ReturnType<ReturnType<typeof syntaxTree>['resolveInner']> | null = syntaxTree(view.state).resolveInner(
      pos,
      1,
    );
    node;
    node = node.parent
  ) {
    if (NOT_CARDS.has(node.name)) return false
    if (node.name === 'Paragraph') paragraph = true
  }
  return paragraph
}

function cardLines(view: EditorView): DecorationSet {
  const builder = new RangeSetBuilder<Decoration>()
  const { doc } = view.state
  // Visible ranges may touch: a line is marked once, in order, as the builder needs.
  let next = 0
  const mark = (at: number, decoration: Decoration): void => {
    if (at < next) return
    builder.add(at, at, decoration)
    next = at + 1
  }
  for (const { from, to } of view.visibleRanges) {
    // Start a few lines up, so the answer lines of a question just out of sight are still marked.
    let line = doc.lineAt(Math.max(0, doc.lineAt(from).from - 1))
    let answering = false
    while (line.from <= to) {
      const match = CARD_SEPARATOR.exec(line.text)
      if (line.text.trim() === '') answering = false
      else if (match && inParagraphText(view, line.from + match.index + 1)) {
        mark(line.from, question)
        answering = line.text.slice(match.index + match[0].length).trim() === ''
      } else if (answering) mark(line.from, answer)
      if (line.to >= doc.length) break
      line = doc.line(line.number + 1)
    }
  }
  return builder.finish()
}

/** The card-line marks, kept current as the text, the parse or the visible part changes. */
export const cardLinesPlugin = ViewPlugin.fromClass(
  class {
    decorations: DecorationSet
    constructor(view: EditorView) {
      this.decorations = cardLines(view)
    }
    update(update: ViewUpdate): void {
      if (update.docChanged || update.viewportChanged || syntaxTree(update.startState) !== syntaxTree(update.state))
        this.decorations = cardLines(update.view)
    }
  },
  { decorations: (plugin) => plugin.decorations },
)
