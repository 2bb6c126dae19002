import type { Nodes, Parents, Root, RootContent } from 'mdast'
import remarkGfm from 'remark-gfm'
import type { PluggableList } from 'unified'
import { isWebLink } from './web-link'
import { imageLabel } from './image-label'

const DEPTHS = [1, 2, 3, 4, 5, 6] as const

/** A heading level kept inside HTML's six (below 1 is 1, past 6 is 6). */
export function headingDepth(level: number): (typeof DEPTHS)[number] {
  return DEPTHS[Math.min(5, Math.max(0, Math.round(level) - 1))] ?? 6
}

/** Rebuilds the tree bottom-up, each child replaced by what `replace` answers for it (none, itself or others). */
function replaceChildren(
  node: Nodes,
  replace: (child: RootContent, parent: Parents) => RootContent | RootContent[],
): void {
  if (!('children' in node)) return
  const children: RootContent[] = node.children
  const next = children.flatMap((child) => {
    replaceChildren(child, replace)
    return replace(child, node)
  })
  children.splice(0, children.length, ...next)
}

// Containers whose children are blocks: raw HTML there becomes a paragraph of text, elsewhere plain text.
const BLOCK_PARENTS = new Set<Parents['type']>(['root', 'blockquote', 'listItem', 'footnoteDefinition'])

/** A remark plugin: raw HTML in a note is shown as the text it is, never parsed as markup. */
export function htmlAsText() {
  return (tree: Root): void =>
    replaceChildren(tree, (child, parent) => {
      if (child.type !== 'html') return child
      const text = { type: 'text', value: child.value } as const
      return BLOCK_PARENTS.has(parent.type) ? { type: 'paragraph', children: [text] } : text
    })
}

/** A remark plugin: every heading moves `by` levels down (6 at most), so a note's `# x` sits below the page's own headings. */
export function shiftHeadings(by: number) {
  return (tree: Root): void =>
    replaceChildren(tree, (child) => {
      if (child.type === 'heading') child.depth = headingDepth(child.depth + by)
      return child
    })
}

/** A remark plugin for Markdown that leaves the app: links, images and definitions to anything but http(s) become plain text. */
export function webLinksOnly() {
  return (tree: Root): void =>
    replaceChildren(tree, (child) => {
      if (child.type === 'link' && !isWebLink(child.url)) return child.children
      if (child.type === 'image' && !isWebLink(child.url)) return { type: 'text', value: imageLabel(child.alt) }
      if (child.type === 'definition' && !isWebLink(child.url)) return []
      return child
    })
}

/** The remark plugins every rendering of a note uses: GitHub flavour, raw HTML as text, headings moved `headingShift` levels down. */
export function noteRemarkPlugins(headingShift = 0): PluggableList {
  return headingShift === 0 ? [remarkGfm, htmlAsText] : [remarkGfm, htmlAsText, [shiftHeadings, headingShift]]
}
