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

/** Whether the character at `i` of `text` is part of a word (a letter or digit of any script). */
function isWordAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i)
  if (Number.isNaN(code)) return false
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57)
  return /[\p{L}\p{N}]/u.test(
    String.fromCodePoint(text.codePointAt(i >= 1 && code >= 0xdc00 && code <= 0xdfff ? i - 1 : i) ?? code),
  )
}

/** How much of a note is lowercased first while looking for the first match; each next window is twice as long. */
const FIRST_WINDOW = 512

/**
 * Where the first whole word of `text` that is one of `terms` (lowercase) starts, or 0. It
 * searches the lowercased text with indexOf: walking every word with a regular expression
 * allocated a match object per word, and a case-blind Unicode expression cost 15 µs a note.
 * The text is lowercased a window at a time, stopping at the first window with a match: a
 * search hit usually holds its word early, and lowercasing 30 whole notes per keystroke was
 * most of a query's time.
 */
function firstWordAt(text: string, terms: readonly string[]): number {
  const wanted = terms.map((t) => t.toLowerCase()).filter((t) => t !== '')
  const longest = wanted.reduce((max, term) => Math.max(max, term.length), 0)
  for (let from = 0, size = FIRST_WINDOW; from < text.length; from += size, size *= 2) {
    // The window reaches one term (and one boundary character) past its end, so a word across the edge is seen whole.
    // It starts one character early too, so the boundary before a word at its start is checked.
    const offset = Math.max(0, from - 1)
    const to = Math.min(text.length, from + size + longest + 1)
    const lower = text.slice(offset, to).toLowerCase()
    // A few characters change length when lowercased (İ); then positions would not line up.
    if (lower.length !== to - offset) return firstWordByWalking(text, terms)
    let first = -1
    for (const term of wanted) {
      for (
        let at = lower.indexOf(term, from - offset);
        at >= 0 && at + offset < from + size && (first < 0 || at < first);
        at = lower.indexOf(term, at + 1)
      ) {
        if (!isWordAt(lower, at - 1) && !isWordAt(lower, at + term.length)) {
          first = at
          break
        }
      }
    }
    if (first >= 0) return first + offset
  }
  return 0
}

/** The same answer word by word, for text whose lowercase form has another length. */
function firstWordByWalking(text: string, terms: readonly string[]): number {
  const wanted = new Set(terms.map((term) => term.toLowerCase()))
  for (const found of text.matchAll(WORD)) if (wanted.has(found[0].toLowerCase())) return found.index
  return 0
}

/** Markdown marks that only clutter a one-line snippet (a link's `](url)`, or a bracket left when the cut split one). */
const MARKUP = /[#>*`~|]+|\[|\]\([^)]*\)|\]/g

/** A `[[Target]]` or `[[Target|shown text]]` note link, as the links module reads it. */
const WIKI_LINK = /\[\[([^[\]|\n]+?)(?:\|([^[\]\n]+?))?\]\]/g

/**
 * A short excerpt of `text` around the first word in `terms` (or its start when none is
 * found), on one line, with ellipses where it was cut.
 */
export function snippetAround(text: string, terms: readonly string[], width = 160): string {
  const at = firstWordAt(text, terms)
  const start = Math.max(0, at - Math.floor(width / 3))
  const end = Math.min(text.length, start + width)
  // Start and end on word boundaries so no half words are shown (by character, not by regular expression: this runs for every hit of every keystroke).
  let from = start
  let to = end
  if (start > 0) while (from < to && isWordAt(text, from)) from += 1
  if (end < text.length) while (to > from && isWordAt(text, to - 1)) to -= 1
  // A note link reads as the name it shows: its alias, else its target.
  const clean = text
    .slice(from, to)
    .replace(WIKI_LINK, (_link, target: string, alias: string | undefined) => alias ?? target)
    .replace(MARKUP, ' ')
    .replace(/\s+/g, ' ')
    .trim()
  return `${start > 0 ? '…' : ''}${clean}${end < text.length ? '…' : ''}`
}
