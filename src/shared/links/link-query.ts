/** An unfinished `[[` link just before the caret: where its `[[` starts and what is typed after it. */
export interface OpenLink {
  start: number
  query: string
}

/** The `[[...` being typed at `caret`, or null when the caret is not inside an unclosed link on its line. */
export function openLinkAt(text: string, caret: number): OpenLink | null {
  const before = text.slice(0, caret)
  const start = before.lastIndexOf('[[')
  if (start < 0) return null
  const query = before.slice(start + 2)
  if (/[\]\n|[]/.test(query) || query.length > 100) return null
  return { start, query }
}

/** The text with the open link completed as `[[name]]` (a `]]` already after the caret is reused), and where the caret goes. */
export function completeLink(
  text: string,
  open: OpenLink,
  caret: number,
  name: string,
): { text: string; caret: number } {
  const closing = text.startsWith(']]', caret) ? 2 : 0
  const link = `[[${name}]]`
  return { text: `${text.slice(0, open.start)}${link}${text.slice(caret + closing)}`, caret: open.start + link.length }
}
