import remarkParse from 'remark-parse'
import remarkStringify from 'remark-stringify'
import { unified } from 'unified'
import type { Nodes, Root } from 'mdast'
import { noteRemarkPlugins, webLinksOnly } from '../markdown/remark-plugins'
import { imageLabel } from '../markdown/image-label'
import { ATTACHMENTS_FOLDER, attachmentOfLink } from '../attachments/names'

/** A remark plugin: a stored picture becomes words naming it, since a single Markdown file cannot carry it ("[image: alt, in attachments/<name>]"). */
function storedPicturesNamed() {
  const visit = (node: Nodes): void => {
    if (!('children' in node)) return
    node.children.forEach((child, index) => {
      const name = child.type === 'image' ? attachmentOfLink(child.url) : null
      if (child.type === 'image' && name) {
        const label = imageLabel(child.alt).slice(0, -1)
        node.children[index] = { type: 'text', value: `${label}, in ${ATTACHMENTS_FOLDER}/${name}]` }
      } else visit(child)
    })
  }
  return (tree: Root): void => visit(tree)
}

/**
 * A note's Markdown as it goes into the Markdown export: parsed and written back through mdast
 * with the app's own note plugins, so it stays Markdown but cannot leave its place in the
 * report. Its headings move `headingShift` levels down, raw HTML becomes text, a stored picture
 * becomes words saying where it is, and links other than http(s) become plain text; every block is closed (a fence left open by the note, say).
 */
export function noteAsMarkdown(text: string, headingShift: number): string {
  const processor = unified()
    .use(remarkParse)
    .use(noteRemarkPlugins(headingShift))
    .use(storedPicturesNamed)
    .use(webLinksOnly)
    .use(remarkStringify, { bullet: '-', fences: true, rule: '-' })
  return String(processor.processSync(text)).trimEnd()
}
