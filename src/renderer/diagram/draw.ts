import mermaid, { type MermaidConfig } from 'mermaid'
import type { DiagramAnswer, DiagramRequest } from '../../shared/diagrams/diagram-answer'
import { MAX_DIAGRAM_SOURCE } from '../../shared/diagrams/diagram-answer'
import { sanitizeDiagramSvg } from './sanitize-svg'

// Mermaid at its strictest: no click handlers or links, labels as SVG text (no HTML inside the
// SVG), no error picture of its own. A diagram's %%{init}%% directive may not change any of this,
// nor bring its own CSS or fonts: those keys are "secure" (only initialize sets them).
const BASE: MermaidConfig = {
  startOnLoad: false,
  securityLevel: 'strict',
  htmlLabels: false,
  flowchart: { htmlLabels: false },
  suppressErrorRendering: true,
  maxTextSize: MAX_DIAGRAM_SOURCE,
  fontFamily: 'system-ui, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  secure: [
    'secure',
    'securityLevel',
    'startOnLoad',
    'maxTextSize',
    'maxEdges',
    'suppressErrorRendering',
    'htmlLabels',
    'flowchart',
    'theme',
    'themeVariables',
    'themeCSS',
    'fontFamily',
    'altFontFamily',
    'dompurifyConfig',
  ],
}

/** Longest error message handed back (Mermaid's parse errors quote the line). */
const MAX_ERROR = 600

let drawn = 0

function messageOf(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error)
  return text.length > MAX_ERROR ? `${text.slice(0, MAX_ERROR)}…` : text
}

async function drawOne({ source, theme }: DiagramRequest): Promise<DiagramAnswer> {
  if (typeof source !== 'string' || source.length > MAX_DIAGRAM_SOURCE)
    return { error: `A diagram can be at most ${MAX_DIAGRAM_SOURCE} characters long.` }
  mermaid.initialize({ ...BASE, theme: theme === 'dark' ? 'dark' : 'default', darkMode: theme === 'dark' })
  try {
    const { svg } = await mermaid.render(`diagram-${++drawn}`, source)
    return { svg: sanitizeDiagramSvg(svg) }
  } catch (error) {
    return { error: messageOf(error) }
  }
}

/** Draws each diagram in turn (Mermaid draws one at a time), answering its sanitized SVG or its error. */
export async function drawDiagrams(list: readonly DiagramRequest[]): Promise<DiagramAnswer[]> {
  const answers: DiagramAnswer[] = []
  for (const request of list) answers.push(await drawOne(request))
  return answers
}
