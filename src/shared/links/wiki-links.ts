import type { Nodes, Root, RootContent, Text } from 'mdast'
import { blockRuns, noteParser } from '../markdown/block-runs'
import { linkKey, wikiHref } from './link-names'

/** `[[Target]]` or `[[Target|shown text]]`, matched inside a text node of the parsed Markdown only (never in code). */
const WIKI_LINK = /\[\[([^[\]|\n]+?)(?:\|([^[\]\n]+?))?\]\]/g

/** One `[[...]]` link as written in a note. */
export interface WikiLink {
  /** The name linked to, as typed (trimmed). */
  target: string
  /** What the link shows instead of the target, when given after `|`. */
  alias?: string
  /** Offsets of the whole `[[...]]` in the note's text (end exclusive). */
  start: number
  end: number
}

/** Calls `visit` for each text node outside links (code, inline code and HTML are other node types, so never visited). */
function eachText(node: Nodes, visit: (text: Text) => void): void {
  if (node.type === 'text') return visit(node)
  if (node.type === 'link' || node.type === 'linkReference' || !('children' in node)) return
  for (const child of node.children) eachText(child, visit)
}

/** Every `[[...]]` in a text node's value. */
function linksIn(value: string): Array<{ target: string; alias?: string; index: number; length: number }> {
  const found: Array<{ target: string; alias?: string; index: number; length: number }> = []
  for (const match of value.matchAll(WIKI_LINK)) {
    const target = (match[1] ?? '').trim()
    if (target === '') continue
    const alias = match[2]?.trim()
    found.push({ target, ...(alias ? { alias } : {}), index: match.index, length: match[0].length })
  }
  return found
}

/** Every index at which `literal` stands in `text`. */
function indexesOf(text: string, literal: string): number[] {
  const found: number[] = []
  for (let at = text.indexOf(literal); at >= 0; at = text.indexOf(literal, at + 1)) found.push(at)
  return found
}

/**
 * The `[[...]]` links of a note, parsed with the app's Markdown pipeline: text inside code
 * blocks, inline code or links is not a link. A text node's value may differ from its source (the
 * indent or `>` of a list item's or a quote's later lines, escapes): a link's offsets are where the
 * same link, by rank, stands in the node's source, given only when the source holds exactly as many
 * copies as the value (an entity could make one), so a rewrite never lands wrong.
 */
export function parseWikiLinks(source: string): WikiLink[] {
  // Most notes link nothing: spare them the parse.
  if (!source.includes('[[')) return []
  const links: WikiLink[] = []
  eachText(noteParser.parse(source), (text) => {
    const [from, to] = [text.position?.start.offset, text.position?.end.offset]
    const raw = from === undefined || to === undefined ? '' : source.slice(from, to)
    for (const link of linksIn(text.value)) {
      const literal = text.value.slice(link.index, link.index + link.length)
      const [inValue, inSource] = [indexesOf(text.value, literal), indexesOf(raw, literal)]
      const at = inValue.length === inSource.length ? (inSource[inValue.indexOf(link.index)] ?? -1) : -1
      const start = from === undefined || at < 0 ? -1 : from + at
      links.push({
        target: link.target,
        ...(link.alias ? { alias: link.alias } : {}),
        start,
        end: start < 0 ? -1 : start + link.length,
      })
    }
  })
  return links
}

// What may make a `[[...]]` written in a run of blocks mean something else than a link (or a link
// with other text): code (backticks, indented code, tabs, `~~~` fences), HTML and autolinks, escapes
// and entities, inline links, and GFM's bare URLs and e-mail addresses.
const NOT_PLAIN = /[`<\\&@\t]|\]\(| {4}|:\/\/|www\.|^ {0,3}~{3,}/im
// A GFM table's delimiter row (where `|` splits cells, and so `[[Target|alias]]`).
const DELIMITER_ROW = /^[ \t|:-]*-[ \t|:-]*$/m
// Emphasis or strike-through inside a link's brackets may split its text.
const EMPHASIS = /[*_~]/

/** The targets of a run's links read straight from its text, or null when only a parse can tell (see NOT_PLAIN). */
function plainTargets(run: string): string[] | null {
  if (NOT_PLAIN.test(run) || (run.includes('|') && DELIMITER_ROW.test(run))) return null
  const links = linksIn(run)
  if (links.some((link) => EMPHASIS.test(run.slice(link.index, link.index + link.length)))) return null
  return links.map((link) => link.target)
}

/**
 * The targets of a note's links, as parseWikiLinks finds them, at a fraction of the cost: only the
 * runs of blocks holding `[[` are looked at, code blocks are skipped, and a run with no Markdown that
 * could change what `[[...]]` means is read without a parse (building the index over years of notes).
 */
export function wikiLinkTargets(source: string): string[] {
  if (!source.includes('[[')) return []
  const runs = blockRuns(source)
  if (!runs) return parseWikiLinks(source).map((link) => link.target)
  return runs
    .filter((run) => !run.code && run.text.includes('[['))
    .flatMap((run) => plainTargets(run.text) ?? parseWikiLinks(run.text).map((link) => link.target))
}

/** The text with every link to `from` pointing at `to` instead (its alias kept); links in code are left alone. */
export function renameWikiLinks(source: string, from: string, to: string): string {
  const key = linkKey(from)
  let result = source
  // From the end, so earlier offsets stay valid.
  for (const link of parseWikiLinks(source).reverse()) {
    if (link.start < 0 || linkKey(link.target) !== key) continue
    result = `${result.slice(0, link.start)}[[${to}${link.alias ? `|${link.alias}` : ''}]]${result.slice(link.end)}`
  }
  return result
}

/** A remark plugin: `[[Target|alias]]` in text becomes a link to wikiHref(Target) showing the alias (or the target). */
export function remarkWikiLinks() {
  return (tree: Root): void => {
    const replace = (node: Nodes): void => {
      if (node.type === 'link' || node.type === 'linkReference' || !('children' in node)) return
      const children: RootContent[] = node.children
      const next: RootContent[] = []
      for (const child of children) {
        if (child.type !== 'text') {
          replace(child)
          next.push(child)
          continue
        }
        let last = 0
        for (const link of linksIn(child.value)) {
          if (link.index > last) next.push({ type: 'text', value: child.value.slice(last, link.index) })
          next.push({
            type: 'link',
            url: wikiHref(link.target),
            children: [{ type: 'text', value: link.alias ?? link.target }],
          })
          last = link.index + link.length
        }
        if (last === 0) next.push(child)
        else if (last < child.value.length) next.push({ type: 'text', value: child.value.slice(last) })
      }
      children.splice(0, children.length, ...next)
    }
    replace(tree)
  }
}
