import remarkParse from 'remark-parse'
import remarkStringify from 'remark-stringify'
import { unified } from 'unified'
import { noteRemarkPlugins, webLinksOnly } from '../markdown/remark-plugins'

/**
 * A note's Markdown as it goes into the Markdown export: parsed and written back through mdast
 * with the app's own note plugins, so it stays Markdown but cannot leave its place in the
 * report. Its headings move `headingShift` levels down, raw HTML becomes text, and links other
 * than http(s) become plain text; every block is closed (a fence left open by the note, say).
 */
export function noteAsMarkdown(text: string, headingShift: number): string {
  const processor = unified()
    .use(remarkParse)
    .use(noteRemarkPlugins(headingShift))
    .use(webLinksOnly)
    .use(remarkStringify, { bullet: '-', fences: true, rule: '-' })
  return String(processor.processSync(text)).trimEnd()
}
