import { AppError } from '../result'
import { CURRICULUM_LIMITS as L } from '../curriculum/limits'

// The work an outline costs is set by its shape, not its bytes: remark keeps every token of the
// document while it parses (about 15 KB of memory and 0.1 ms for each list item here), and nesting
// costs more per level the deeper it goes. So an outline is measured line by line before it is
// parsed, and one far past any curriculum is refused with what to change.
//
// The limits sit well above a real curriculum: the largest the app is measured with has 300 skills
// and 3,000 sub-topics (about 3,300 list items and 300 headings); a full export of the built-in
// curriculum is under 200 lines. 20,000 list items is 100 skills with all the 200 sub-topics a
// skill can hold, and parses in a few seconds off the main thread with a few hundred MB at most.

/** How much one outline may hold before it is parsed. */
export const OUTLINE_LIMITS = {
  /** Every line, blank ones included. */
  lines: 100_000,
  /** Lines that start a list item (`-`, `*`, `+`, `1.`), at any depth. */
  listItems: 20_000,
  /** ATX headings (`#` to `######`): skills and categories, with room for headings that are neither. */
  headings: L.skills * 5,
  /** Lists and quotes inside one another: an outline needs three (skill, sub-topic, link). */
  depth: 32,
} as const

const UNCHANGED = 'Nothing was changed.'
const HEADING = /^ {0,3}#{1,6}(?:[ \t]|$)/
// The container marks a line opens with: indentation, list markers and quote marks.
const PREFIX = /^(?:[ \t]*(?:[-*+]|\d{1,9}[.)]|>)(?=[ \t]|$))*[ \t]*/
const MARK = /[-*+>]|\d{1,9}[.)]/g
const ITEM = /^[ \t]*>?[ \t]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/

/** How deeply a line's container prefix nests, about: one level per mark, and one per two columns it is indented by. */
function depthOf(prefix: string): number {
  const marks = prefix.match(MARK)?.length ?? 0
  const indent = /^[ \t]*/.exec(prefix)?.[0].replace(/\t/g, '    ').length ?? 0
  return marks + Math.floor(indent / 2)
}

/** Counts what an outline holds, line by line, without parsing it. */
export function measureOutline(text: string): {
  lines: number
  listItems: number
  headings: number
  depth: number
  deepestLine: number
} {
  const size = { lines: 0, listItems: 0, headings: 0, depth: 0, deepestLine: 0 }
  let start = 0
  while (start <= text.length) {
    const end = text.indexOf('\n', start)
    const line = text.slice(start, end === -1 ? text.length : end)
    size.lines += 1
    if (HEADING.test(line)) size.headings += 1
    else {
      if (ITEM.test(line)) size.listItems += 1
      const depth = depthOf(PREFIX.exec(line)?.[0] ?? '')
      if (depth > size.depth) [size.depth, size.deepestLine] = [depth, size.lines]
    }
    if (end === -1) break
    start = end + 1
  }
  return size
}

const count = (n: number): string => n.toLocaleString('en')

/** Refuses an outline whose shape would take too long or too much memory to parse, saying what is too big. */
export function checkOutlineSize(text: string): void {
  const size = measureOutline(text)
  const over = (what: string, n: number, limit: number): never => {
    throw new AppError(
      'too-large',
      `This outline has ${count(n)} ${what}; Groundwork reads outlines of up to ${count(limit)}. Split it into smaller files and import them one by one. ${UNCHANGED}`,
    )
  }
  if (size.lines > OUTLINE_LIMITS.lines) over('lines', size.lines, OUTLINE_LIMITS.lines)
  if (size.listItems > OUTLINE_LIMITS.listItems) over('list items', size.listItems, OUTLINE_LIMITS.listItems)
  if (size.headings > OUTLINE_LIMITS.headings) over('headings', size.headings, OUTLINE_LIMITS.headings)
  if (size.depth > OUTLINE_LIMITS.depth) {
    throw new AppError(
      'too-large',
      `Line ${count(size.deepestLine)} of this outline nests lists or quotes about ${count(size.depth)} levels deep; Groundwork reads up to ${OUTLINE_LIMITS.depth}. Indent that part less. ${UNCHANGED}`,
    )
  }
}
