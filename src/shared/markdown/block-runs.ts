import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'

/** The Markdown parser main reads notes with (cards, links): CommonMark and GFM, as the preview shows them. */
export const noteParser = unified().use(remarkParse).use(remarkGfm)

/** A run of top-level blocks of a note: its text, where it starts in the note, and whether it is one fenced code block and nothing else. */
export interface BlockRun {
  text: string
  start: number
  code: boolean
}

const FENCE = /^(`{3,}|~{3,})(.*)$/
// What makes blocks depend on one another across a blank line: HTML blocks that run across blank
// lines (<pre>, <script>, <style>, <textarea>, comments, <?...?>, <!DOCTYPE...>, CDATA), fences
// indented as in list items (a line at the margin may close one fence and open another), and link,
// image or footnote definitions, also inside quotes and lists (they give meaning to `[text][ref]`
// anywhere in the note: any `[label]:` counts).
const PARSE_WHOLE = /^(?: {0,3}<(?:!--|pre|script|style|textarea|\?|![A-Za-z]|!\[CDATA\[)| {1,3}(?:`{3,}|~{3,}))/i
const DEFINITION = /\[[^\]\n]*(?:\n[^\]\n]*)?\]:/
const HTML_START = /^ {0,3}</
// Markdown's blank line: spaces and tabs only (a no-break space is text).
const BLANK = /^[ \t\r]*$/
const [SPACE, LESS_THAN, BACKTICK, TILDE] = [32, 60, 96, 126]

/**
 * Splits a note into runs of top-level blocks that parse the same alone as inside the note, or
 * answers null when it must be parsed whole (see PARSE_WHOLE and DEFINITION). A cut falls only
 * outside a fenced block: at a blank line whose next line starts at the margin (an indented one may
 * continue a list item), and just after a fence closes. So a reader can parse only the runs that
 * could hold what it looks for, and skip the runs that are code.
 */
export function blockRuns(markdown: string): BlockRun[] | null {
  if (markdown.includes(']:') && DEFINITION.test(markdown)) return null
  const lines = markdown.split('\n')
  const runs: BlockRun[] = []
  let [start, startOffset, offset] = [0, 0, 0]
  let fence: { char: string; length: number } | null = null
  // Whether the run so far is one fenced block opened on its first line (it ends when the fence closes).
  let code = false
  // The line before closed a fence: this one starts a block of its own.
  let closed = false
  // A line since the last blank one may have opened an HTML block, in which a fence is only text:
  // whether it is one depends on what came before, so such a note is parsed whole.
  let html = false
  let afterBlank = false
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i]!
    const lineOffset = offset
    offset += line.length + 1
    const first = line.charCodeAt(0)
    if ((first === SPACE || first === LESS_THAN) && PARSE_WHOLE.test(line)) return null
    const marker = first === BACKTICK || first === TILDE ? FENCE.exec(line) : null
    if (fence) {
      if (marker && marker[1]![0] === fence.char && marker[1]!.length >= fence.length && marker[2]!.trim() === '')
        [fence, closed] = [null, true]
      continue
    }
    const blank = BLANK.test(line)
    if (i > start && !blank && (closed || (afterBlank && !/^\s/.test(line)))) {
      runs.push({ text: markdown.slice(startOffset, lineOffset - 1), start: startOffset, code })
      ;[start, startOffset, code] = [i, lineOffset, false]
    }
    ;[closed, afterBlank] = [false, blank]
    if (blank) html = false
    else if ((first === SPACE || first === LESS_THAN) && HTML_START.test(line)) html = true
    const opens = marker !== null && !(marker[1]![0] === '`' && marker[2]!.includes('`'))
    if (opens && html) return null
    if (opens) {
      fence = { char: marker[1]![0]!, length: marker[1]!.length }
      code = i === start
    } else if (!blank) code = false
  }
  // A fence never closed runs to the note's end: still code only.
  runs.push({ text: markdown.slice(startOffset), start: startOffset, code })
  return runs
}
