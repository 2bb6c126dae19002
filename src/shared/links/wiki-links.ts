import type { Nodes, Root, RootContent, Text } from 'mdast'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
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

const parser = unified().use(remarkParse).use(remarkGfm)

/**
 * The `[[...]]` links of a note, parsed with the app's Markdown pipeline: text inside code
 * blocks, inline code or links is not a link. Offsets are given only where the source holds the
 * link exactly as written (an escaped bracket would shift them), so a rewrite never lands wrong.
 */
export function parseWikiLinks(source: string): WikiLink[] {
  // Most notes link nothing: spare them the parse.
  if (!source.includes('[[')) return []
  const links: WikiLink[] = []
  eachText(parser.parse(source), (text) => {
    const from = text.position?.start.offset
    for (const link of linksIn(text.value)) {
      const start = from === undefined ? -1 : from + link.index
      const exact = start >= 0 && source.slice(start, start + link.length) === text.value.slice(link.index, link.index + link.length)
      links.push({ target: link.target, ...(link.alias ? { alias: link.alias } : {}), start: exact ? start : -1, end: exact ? start + link.length : -1 })
    }
  })
  return links
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
          next.push({ type: 'link', url: wikiHref(link.target), children: [{ type: 'text', value: link.alias ?? link.target }] })
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
