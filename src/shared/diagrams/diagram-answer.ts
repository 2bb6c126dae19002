// What drawing a Mermaid diagram answers, shared by the hidden diagram page, main and the renderer.

/** Longest diagram source drawn; a longer block stays as its source with a message. */
export const MAX_DIAGRAM_SOURCE = 20_000

/** The fence language that marks a block as a Mermaid diagram. */
export const DIAGRAM_LANGUAGE = 'mermaid'

/** The two colour schemes a diagram is drawn in. */
export type DiagramTheme = 'light' | 'dark'

/** One diagram to draw. */
export interface DiagramRequest {
  source: string
  theme: DiagramTheme
}

/** A drawn diagram (sanitized SVG text) or why it could not be drawn. */
export type DiagramAnswer = { svg: string } | { error: string }

/** Is this code block's language the diagram one? */
export function isDiagramLanguage(language: string | undefined): boolean {
  return language?.toLowerCase() === DIAGRAM_LANGUAGE
}

/** An SVG as a data URL, for an image element (never inlined in a page). */
export function svgDataUrl(svg: string): string {
  const bytes = new TextEncoder().encode(svg)
  let binary = ''
  for (const byte of bytes) binary += String.fromCharCode(byte)
  return `data:image/svg+xml;base64,${btoa(binary)}`
}

/** The image's alt text: "Diagram: " and the source's first line that says something. */
export function diagramAlt(source: string): string {
  const first = source
    .split('\n')
    .map((line) => line.trim())
    .find((line) => line !== '' && !line.startsWith('%%'))
  return `Diagram: ${first ?? 'empty'}`
}
