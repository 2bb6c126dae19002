import type { Nodes, Paragraph, Root } from 'mdast'
import { MAX_CARD_TEXT } from '../schemas/review'
import { blockRuns, noteParser } from '../markdown/block-runs'
import { CARD_SEPARATOR } from './card-separator'
import { attachmentOfLink, pictureMarkdown } from '../attachments/names'

/** A question and its answer as written in a note. */
export interface CardText {
  front: string
  back: string
}

// A piece of a paragraph's line: text where `::` may separate a card, or code and the like where it may not.
interface Piece {
  text: string
  separable: boolean
}

const SEPARATOR_ANYWHERE = /\s::(?=\s|$)/m

/** The lines of a paragraph as pieces: soft and hard breaks end a line, inline code is kept whole (in backticks) and never separates. */
function linesOf(paragraph: Paragraph): Piece[][] {
  const lines: Piece[][] = [[]]
  const push = (text: string, separable: boolean): void => {
    const parts = text.split('\n')
    parts.forEach((part, i) => {
      if (i > 0) lines.push([])
      if (part) lines[lines.length - 1]!.push({ text: part, separable })
    })
  }
  const walk = (node: Nodes): void => {
    if (node.type === 'text') return push(node.value, true)
    if (node.type === 'inlineCode') return push(`\`${node.value}\``, false)
    if (node.type === 'break') return void lines.push([])
    if (node.type === 'html') return push(node.value, false)
    if (node.type === 'image') {
      // A stored picture stays a link, so an export can carry it (Anki); any other image is its alt text.
      const name = attachmentOfLink(node.url)
      return push(name ? pictureMarkdown(name, node.alt ?? '') : (node.alt ?? ''), false)
    }
    if ('children' in node) for (const child of node.children) walk(child)
  }
  for (const child of paragraph.children) walk(child)
  return lines
}

/** Where a line splits into question and answer: the text before and after its first separable `::`, or null. */
function split(line: Piece[]): { front: string; back: string } | null {
  for (let i = 0; i < line.length; i += 1) {
    const piece = line[i]!
    if (!piece.separable) continue
    const match = CARD_SEPARATOR.exec(piece.text)
    if (!match) continue
    const before = [...line.slice(0, i).map((p) => p.text), piece.text.slice(0, match.index)].join('')
    const after = [piece.text.slice(match.index + match[0].length), ...line.slice(i + 1).map((p) => p.text)].join('')
    return { front: before.trim(), back: after.trim() }
  }
  return null
}

const joined = (line: Piece[]): string => line.map((p) => p.text).join('')

/** The cards of one paragraph: each `Q :: A` line, and a line ending in `::` whose answer is the rest of the paragraph. */
function cardsOfParagraph(paragraph: Paragraph): CardText[] {
  const cards: CardText[] = []
  const lines = linesOf(paragraph)
  for (let i = 0; i < lines.length; i += 1) {
    const parts = split(lines[i]!)
    if (!parts) continue
    if (parts.back === '') {
      // The multi-line form: the question ends in `::` and the answer runs to the paragraph's end (a blank line).
      const back = lines
        .slice(i + 1)
        .map((line) => joined(line).trim())
        .join('\n')
        .trim()
      cards.push({ front: parts.front, back })
      break
    }
    cards.push(parts)
  }
  return cards.filter(
    (card) =>
      card.front !== '' && card.back !== '' && card.front.length <= MAX_CARD_TEXT && card.back.length <= MAX_CARD_TEXT,
  )
}

/** The cards of one piece of Markdown, parsed whole. */
function cardsOfMarkdown(markdown: string): CardText[] {
  const tree: Root = noteParser.parse(markdown)
  const cards: CardText[] = []
  const visit = (node: Nodes): void => {
    if (node.type === 'paragraph') return void cards.push(...cardsOfParagraph(node))
    if (node.type === 'code' || node.type === 'table' || node.type === 'heading') return
    if ('children' in node) for (const child of node.children) visit(child)
  }
  visit(tree)
  return cards
}

/**
 * The review cards a note's Markdown holds, in order: a line `Question :: Answer` (spaces around
 * `::`), or a line `Question ::` followed by the answer's lines up to the next blank line. Only
 * paragraphs count (also inside lists and quotes), so code blocks and inline code never make a card.
 */
export function parseNoteCards(markdown: string): CardText[] {
  // `includes` first: it skips a note without `::` about three times as fast as the expression (the start-up pass reads every note).
  if (!markdown.includes('::') || !SEPARATOR_ANYWHERE.test(markdown)) return []
  const runs = blockRuns(markdown)
  if (!runs) return cardsOfMarkdown(markdown)
  return runs.filter((run) => !run.code && SEPARATOR_ANYWHERE.test(run.text)).flatMap((run) => cachedCards(run.text))
}

// Runs parsed lately, newest last: a save of a long note re-parses only the runs it changed.
const recent = new Map<string, CardText[]>()
let recentChars = 0
/** How much run text the cache may hold. */
const CACHE_CHARS = 2_000_000

function cachedCards(run: string): CardText[] {
  const hit = recent.get(run)
  if (hit) {
    recent.delete(run)
    recent.set(run, hit)
    return hit
  }
  const cards = cardsOfMarkdown(run)
  recent.set(run, cards)
  recentChars += run.length
  for (const [oldest] of recent) {
    if (recentChars <= CACHE_CHARS) break
    recent.delete(oldest)
    recentChars -= oldest.length
  }
  return cards
}

/** The whole note parsed at once: what parseNoteCards must always agree with (for tests). */
export function parseNoteCardsWhole(markdown: string): CardText[] {
  return cardsOfMarkdown(markdown)
}
