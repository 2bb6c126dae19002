import type { Nodes, Paragraph, PhrasingContent, Root, RootContent } from 'mdast'
import { CARD_SEPARATOR } from '../review/card-separator'

/** The labels a card line is drawn with. */
export const CARD_LABELS = { question: 'Question:', answer: 'Answer:' } as const

type Line = PhrasingContent[]

/** A paragraph's lines: soft line breaks inside text and hard breaks end a line; other inline nodes stay whole. */
function linesOf(paragraph: Paragraph): Line[] {
  const lines: Line[] = [[]]
  for (const child of paragraph.children) {
    if (child.type === 'break') {
      lines.push([])
    } else if (child.type === 'text' && child.value.includes('\n')) {
      child.value.split('\n').forEach((part, i) => {
        if (i > 0) lines.push([])
        if (part) lines[lines.length - 1]!.push({ type: 'text', value: part })
      })
    } else lines[lines.length - 1]!.push(child)
  }
  return lines
}

/** A line's nodes with the white space at its two ends removed (text nodes left empty are dropped). */
function trimmed(line: Line): Line {
  const nodes = line.map((node) => (node.type === 'text' ? { ...node } : node))
  const [first, last] = [nodes[0], nodes[nodes.length - 1]]
  if (first?.type === 'text') first.value = first.value.trimStart()
  if (last?.type === 'text') last.value = last.value.trimEnd()
  return nodes.filter((node) => node.type !== 'text' || node.value !== '')
}

/** A line split at its first `::` that stands in its own text (never in code), or null when it holds none. */
function split(line: Line): { question: Line; answer: Line } | null {
  for (let i = 0; i < line.length; i += 1) {
    const node = line[i]!
    if (node.type !== 'text') continue
    const match = CARD_SEPARATOR.exec(node.value)
    if (!match) continue
    const before: Line = [...line.slice(0, i), { type: 'text', value: node.value.slice(0, match.index) }]
    const after: Line = [{ type: 'text', value: node.value.slice(match.index + match[0].length) }, ...line.slice(i + 1)]
    return { question: trimmed(before), answer: trimmed(after) }
  }
  return null
}

/** Lines joined back into one run of inline nodes, a line break between each. */
function joined(lines: Line[]): Line {
  return lines.flatMap((line, i) => (i === 0 ? line : [{ type: 'break' } as const, ...line]))
}

/** A card as a paragraph: the question and the answer, each after its label, on lines of their own. */
function cardParagraph(question: Line, answer: Line): Paragraph {
  const label = (text: string): PhrasingContent => ({ type: 'strong', children: [{ type: 'text', value: text }] })
  return {
    type: 'paragraph',
    children: [
      label(CARD_LABELS.question),
      { type: 'text', value: ' ' },
      ...question,
      { type: 'break' },
      label(CARD_LABELS.answer),
      { type: 'text', value: ' ' },
      ...answer,
    ],
  }
}

/** A paragraph again, as the card lines of it (the same lines note-cards reads) and the plain lines between them. */
function cardsOf(paragraph: Paragraph): Paragraph[] | null {
  const lines = linesOf(paragraph)
  const out: Paragraph[] = []
  let plain: Line[] = []
  let found = false
  const flush = (): void => {
    if (plain.length > 0) out.push({ type: 'paragraph', children: joined(plain) })
    plain = []
  }
  for (let i = 0; i < lines.length; i += 1) {
    const parts = split(lines[i]!)
    if (!parts || parts.question.length === 0) {
      plain.push(lines[i]!)
      continue
    }
    // `Question ::` alone on its line: the answer is the rest of the paragraph.
    const answer = parts.answer.length > 0 ? parts.answer : joined(lines.slice(i + 1).map(trimmed))
    if (answer.length === 0) {
      plain.push(lines[i]!)
      continue
    }
    flush()
    found = true
    out.push(cardParagraph(parts.question, answer))
    if (parts.answer.length === 0) break
  }
  flush()
  return found ? out : null
}

/**
 * A remark plugin for reading a note: each review-card line (`Question :: Answer`, or `Question ::`
 * with the answer on the lines below) is shown as its question and answer, each after a label.
 * Code, inline code, headings and tables are left as they are, as the card reader leaves them.
 */
export function remarkCardLines() {
  return (tree: Root): void => {
    const visit = (node: Nodes): void => {
      if (!('children' in node) || node.type === 'paragraph' || node.type === 'heading' || node.type === 'table') return
      const children: RootContent[] = node.children
      const next = children.flatMap((child): RootContent[] => {
        if (child.type !== 'paragraph') {
          visit(child)
          return [child]
        }
        return cardsOf(child) ?? [child]
      })
      children.splice(0, children.length, ...next)
    }
    visit(tree)
  }
}
