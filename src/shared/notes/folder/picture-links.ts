import type { Nodes } from 'mdast'
import { noteParser } from '../../markdown/block-runs'

/** A picture a note file shows: where its link stands in the text, what it points at, and its alt text. */
export interface PictureLink {
  start: number
  end: number
  /** The link's destination as written (a Markdown image), or the file an Obsidian embed names. */
  target: string
  alt: string
  /** `![[name.png]]`: Obsidian finds the file by its name anywhere in the vault. */
  embed: boolean
}

/** The file names an embed may show as a picture (others, such as a note, are left as they are). */
const PICTURE_FILE = /\.(?:png|jpe?g|gif|webp|svg)$/i
// `![[name.png]]`, `![[folder/name.png|alt or size]]`, `![[name.png#heading]]`.
const EMBED = /!\[\[([^[\]|#\n]+)(?:#[^[\]|\n]*)?(?:\|([^[\]\n]*))?\]\]/g
// Obsidian's `|300` or `|300x200` sizes a picture; it is not alt text.
const SIZE = /^\s*\d+(?:x\d+)?\s*$/
// A destination with a scheme (http:, data:, file:) or starting `//` or `#` is not a file of the folder.
const NOT_A_FILE = /^(?:[a-z][a-z0-9+.-]*:|\/\/|#)/i

/** Every node of the tree, depth first. */
function* walk(node: Nodes): Generator<Nodes> {
  yield node
  if ('children' in node) for (const child of node.children) yield* walk(child)
}

/**
 * The pictures a note's Markdown shows from files: image links (relative ones only; web and data
 * links stay as they are) and Obsidian embeds of picture files. Code is passed over. Offsets are
 * into `body`, in order, never overlapping.
 */
export function pictureLinksIn(body: string): PictureLink[] {
  if (!body.includes('![')) return []
  const links: PictureLink[] = []
  const code: [number, number][] = []
  for (const node of walk(noteParser.parse(body))) {
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (start === undefined || end === undefined) continue
    if (node.type === 'code' || node.type === 'inlineCode') code.push([start, end])
    else if (node.type === 'image' && node.url !== '' && !NOT_A_FILE.test(node.url))
      links.push({ start, end, target: node.url, alt: node.alt ?? '', embed: false })
  }
  const inCode = (at: number): boolean => code.some(([from, to]) => at >= from && at < to)
  const inImage = (at: number): boolean => links.some((link) => at >= link.start && at < link.end)
  for (const match of body.matchAll(EMBED)) {
    const target = (match[1] as string).trim()
    if (!PICTURE_FILE.test(target) || inCode(match.index) || inImage(match.index)) continue
    const alt = match[2] !== undefined && !SIZE.test(match[2]) ? match[2].trim() : ''
    links.push({ start: match.index, end: match.index + match[0].length, target, alt, embed: true })
  }
  return links.sort((a, b) => a.start - b.start)
}
