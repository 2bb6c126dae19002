// A reader of Anki's text import format, written from its manual (docs.ankiweb.net, "Importing >
// Text Files", sections "File Headers", "HTML" and the quoting rules), to check our export the way
// Anki would read it:
// - header lines `#key:value` come first, one per line (separator, html, notetype, deck,
//   tags, `tags column`, `guid column`, ...); columns are counted from 1;
// - after the headers a line starting with `#` is a comment, not a note;
// - fields are split by the separator (`tab`, `comma`, `semicolon`, `space`, `pipe`, `colon`, or
//   the character itself);
// - a field wrapped in double quotes may hold the separator and line breaks, and a doubled quote
//   inside it stands for one quote; outside quotes a line break ends the note;
// - with `#html:true` a field is HTML: `&lt;`, `&gt;`, `&amp;` (and `&quot;`, numeric references)
//   stand for their characters and `<br>` for a line break; a raw `<` would start a tag.

/** What Anki would take from the file. */
export interface AnkiImport {
  headers: Record<string, string>
  separator: string
  html: boolean
  /** Each note's fields, as the file holds them (HTML when html is true). */
  rows: string[][]
}

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"' }

const SEPARATORS: Record<string, string> = { tab: '\t', comma: ',', semicolon: ';', space: ' ', pipe: '|', colon: ':' }

/** Reads a file as Anki's text importer does; throws on what it would refuse (an unclosed quote, a quote inside an unquoted field). */
export function readAnkiText(text: string): AnkiImport {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1)
  const headers: Record<string, string> = {}
  let at = 0
  // Header lines: `#key:value` at the very top.
  for (;;) {
    const end = text.indexOf('\n', at)
    const line = text.slice(at, end === -1 ? text.length : end).replace(/\r$/, '')
    const match = /^#([a-z ]+):(.*)$/i.exec(line)
    if (!match) break
    headers[match[1]!.toLowerCase()] = match[2]!
    at = end === -1 ? text.length : end + 1
  }
  const named = headers.separator?.toLowerCase()
  const separator = named === undefined ? '\t' : (SEPARATORS[named] ?? named)
  if (separator.length !== 1) throw new Error(`Unknown separator "${named}"`)
  const html = headers.html?.toLowerCase() === 'true'

  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let rowStarted = false
  const endField = (): void => {
    row.push(field)
    field = ''
  }
  const endRow = (): void => {
    endField()
    rows.push(row)
    row = []
    rowStarted = false
  }
  while (at < text.length) {
    const ch = text[at]!
    if (!rowStarted) {
      if (ch === '#') {
        // A comment line.
        const end = text.indexOf('\n', at)
        at = end === -1 ? text.length : end + 1
        continue
      }
      if (ch === '\n' || (ch === '\r' && text[at + 1] === '\n')) {
        // A blank line holds no note.
        at += ch === '\r' ? 2 : 1
        continue
      }
      rowStarted = true
    }
    if (ch === '"' && field === '') {
      // A quoted field: up to the lone closing quote.
      let i = at + 1
      for (;;) {
        const q = text.indexOf('"', i)
        if (q === -1) throw new Error('A quoted field is never closed')
        if (text[q + 1] === '"') {
          field += text.slice(i, q + 1)
          i = q + 2
          continue
        }
        field += text.slice(i, q)
        at = q + 1
        break
      }
      const next = text[at]
      if (next !== undefined && next !== separator && next !== '\n' && !(next === '\r' && text[at + 1] === '\n'))
        throw new Error(`Text after a closing quote: ${JSON.stringify(text.slice(at, at + 10))}`)
      continue
    }
    if (ch === '"') throw new Error('A double quote inside an unquoted field')
    if (ch === separator) {
      endField()
      at += 1
    } else if (ch === '\n' || (ch === '\r' && text[at + 1] === '\n')) {
      endRow()
      at += ch === '\r' ? 2 : 1
    } else {
      field += ch
      at += 1
    }
  }
  if (rowStarted) endRow()
  return { headers, separator, html, rows }
}

/** A field's text as Anki shows it: for an HTML field, line breaks from <br> and characters from entities; throws on any other tag. */
export function ankiFieldText(field: string, html: boolean): string {
  if (!html) return field
  const tag = /<(?!br\s*\/?>)[^>]*>/i.exec(field)
  if (tag) throw new Error(`Unexpected HTML tag ${tag[0]}`)
  if (/&(?!(?:lt|gt|amp|quot|#\d+|#x[0-9a-f]+);)/i.test(field)) throw new Error(`A bare & in ${JSON.stringify(field)}`)
  return field
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(
      /&(lt|gt|amp|quot|#\d+|#x[0-9a-f]+);/gi,
      (_m, name: string) =>
        NAMED[name.toLowerCase()] ??
        String.fromCodePoint(
          name[1]?.toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10),
        ),
    )
}
