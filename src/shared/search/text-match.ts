/** Words as search sees them: runs of letters and digits in any script. */
const WORD = /[\p{L}\p{N}]+/gu

/** Splits text into lowercase words, the way the search index does. */
export function tokenize(text: string): string[] {
  return text.match(WORD)?.map((word) => word.toLowerCase()) ?? []
}

/** A piece of text, marked when it is a matched word. */
export interface TextPart {
  text: string
  match: boolean
}

/**
 * Cuts `text` into plain and matched parts: a word is matched when its lowercase form is one
 * of `terms`. Joining the parts gives back `text` exactly, so the UI can render them safely.
 */
export function highlightParts(text: string, terms: readonly string[]): TextPart[] {
  if (terms.length === 0 || text === '') return text === '' ? [] : [{ text, match: false }]
  const wanted = new Set(terms.map((term) => term.toLowerCase()))
  const parts: TextPart[] = []
  let last = 0
  for (const found of text.matchAll(WORD)) {
    if (!wanted.has(found[0].toLowerCase())) continue
    if (found.index > last) parts.push({ text: text.slice(last, found.index), match: false })
    parts.push({ text: found[0], match: true })
    last = found.index + found[0].length
  }
  if (last < text.length) parts.push({ text: text.slice(last), match: false })
  return parts
}

/**
 * Where the first whole word of `text` that is one of `terms` (in any case) starts, or 0. One
 * regular expression over the text: walking every word until a match allocated one match object
 * per word, megabytes per search over long notes.
 */
function firstWordAt(text: string, terms: readonly string[]): number {
  const words = terms.filter((term) => term !== '').map((term) => term.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&'))
  if (words.length === 0) return 0
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.join('|')})(?![\\p{L}\\p{N}])`, 'iu').exec(text)?.index ?? 0
}

/** Markdown marks that only clutter a one-line snippet. */
const MARKUP = /[#>*`~|]+|\[|\]\([^)]*\)/g

/**
 * A short excerpt of `text` around the first word in `terms` (or its start when none is
 * found), on one line, with ellipses where it was cut.
 */
export function snippetAround(text: string, terms: readonly string[], width = 160): string {
  const at = firstWordAt(text, terms)
  const start = Math.max(0, at - Math.floor(width / 3))
  const end = Math.min(text.length, start + width)
  // Start and end on word boundaries so no half words are shown.
  let slice = text.slice(start, end)
  if (start > 0) slice = slice.replace(/^[\p{L}\p{N}]*\s*/u, '')
  if (end < text.length) slice = slice.replace(/\s*[\p{L}\p{N}]*$/u, '')
  const clean = slice.replace(MARKUP, ' ').replace(/\s+/g, ' ').trim()
  return `${start > 0 ? '…' : ''}${clean}${end < text.length ? '…' : ''}`
}
