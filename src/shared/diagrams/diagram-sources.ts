import type { Nodes } from 'mdast'
import { noteParser } from '../markdown/block-runs'
import { isDiagramLanguage } from './diagram-answer'

/** The source of every ```mermaid block in a note, in order, as the preview's code blocks read it (in lists and quotes too). */
export function diagramSourcesIn(text: string): string[] {
  const found: string[] = []
  const visit = (node: Nodes): void => {
    if (node.type === 'code' && isDiagramLanguage(node.lang ?? undefined)) found.push(node.value)
    if ('children' in node) node.children.forEach(visit)
  }
  visit(noteParser.parse(text))
  return found
}
