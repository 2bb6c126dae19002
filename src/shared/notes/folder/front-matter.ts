import { dump, load, FAILSAFE_SCHEMA } from 'js-yaml'
import { own } from '../../own'

/** What a note file's front matter says about the note (the keys Groundwork writes). */
export interface NoteFrontMatter {
  id: string
  skill: string
  title: string
  created: string
  updated: string
}

/** The front matter keys Groundwork writes and reads back. */
export const OWN_KEYS: ReadonlyArray<keyof NoteFrontMatter> = ['id', 'skill', 'title', 'created', 'updated']

/** A note file as read: plain Markdown, Markdown under front matter, or front matter that cannot be read. */
export type ParsedNoteFile =
  | { kind: 'plain'; body: string }
  | { kind: 'front-matter'; fields: Record<string, unknown>; body: string }
  | { kind: 'broken'; reason: string }

/**
 * The text of a note's `.md` file: YAML front matter between `---` lines (every value quoted, so
 * no reader takes a title for a number or a date), a blank line, then the body exactly as it is.
 */
export function noteFileText(front: NoteFrontMatter, body: string): string {
  const fields = Object.fromEntries(OWN_KEYS.map((key) => [key, front[key]]))
  return `---\n${dump(fields, { forceQuotes: true, quotingType: '"', lineWidth: -1 })}---\n\n${body}`
}

const OPENING = /^---[ \t]*\r?\n/
const CLOSING = /^(?:---|\.\.\.)[ \t]*$/

/** The first line of `text` from `from` on that closes the front matter: its start and the start of the line after it. */
function closingLine(text: string, from: number): { start: number; after: number } | null {
  let start = from
  while (start <= text.length) {
    const newline = text.indexOf('\n', start)
    const end = newline === -1 ? text.length : newline
    if (CLOSING.test(text.slice(start, end).replace(/\r$/, '')))
      return { start, after: newline === -1 ? text.length : newline + 1 }
    if (newline === -1) return null
    start = newline + 1
  }
  return null
}

/** Why js-yaml refused the front matter, in one line. */
function yamlReason(error: unknown): string {
  if (error instanceof Error && 'reason' in error && typeof error.reason === 'string') {
    const mark =
      'mark' in error &&
      typeof error.mark === 'object' &&
      error.mark !== null &&
      'line' in error.mark &&
      typeof error.mark.line === 'number'
        ? error.mark.line
        : null
    // The mark counts from the front matter's first line; the file's first line is the opening `---`.
    return mark === null ? error.reason : `${error.reason} (line ${mark + 2})`
  }
  return 'it is not valid YAML'
}

/**
 * Splits a note file into its front matter and body. Front matter is read as YAML with every value a
 * string (a date stays the text it was); a file that opens front matter it never closes, or whose
 * front matter is not a map of keys, is `broken`. One blank line after the front matter is dropped
 * (noteFileText writes it); a byte order mark is ignored.
 */
export function parseNoteFile(file: string): ParsedNoteFile {
  const text = file.startsWith('\ufeff') ? file.slice(1) : file
  const opening = OPENING.exec(text)
  if (!opening) return { kind: 'plain', body: text }
  const closing = closingLine(text, opening[0].length)
  if (!closing) return { kind: 'broken', reason: 'its front matter has no closing --- line' }
  let fields: unknown
  try {
    fields = load(text.slice(opening[0].length, closing.start), { schema: FAILSAFE_SCHEMA })
  } catch (error) {
    return { kind: 'broken', reason: `its front matter cannot be read: ${yamlReason(error)}` }
  }
  if (fields === undefined || fields === null) fields = {}
  if (typeof fields !== 'object' || Array.isArray(fields))
    return { kind: 'broken', reason: 'its front matter is not a list of key: value lines' }
  const rest = text.slice(closing.after)
  const body = rest.startsWith('\r\n') ? rest.slice(2) : rest.startsWith('\n') ? rest.slice(1) : rest
  return { kind: 'front-matter', fields: fields as Record<string, unknown>, body }
}

/** A front matter field when it is a string, else undefined (a list, a map, or missing). */
export function stringField(fields: Record<string, unknown>, key: string): string | undefined {
  const value = own(fields, key)
  return typeof value === 'string' ? value : undefined
}
