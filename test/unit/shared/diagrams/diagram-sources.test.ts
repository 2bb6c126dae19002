import { describe, expect, it } from 'vitest'
import { diagramSourcesIn } from '../../../../src/shared/diagrams/diagram-sources'
import { diagramAlt, isDiagramLanguage, svgDataUrl } from '../../../../src/shared/diagrams/diagram-answer'

describe('finding the diagrams in a note', () => {
  it('collects every ```mermaid block, in lists and quotes too, with the text the preview shows', () => {
    const note = [
      'Intro with `mermaid` inline.',
      '',
      '```mermaid',
      'flowchart LR',
      '  A --> B',
      '```',
      '',
      '- a list item',
      '',
      '  ~~~Mermaid',
      '  sequenceDiagram',
      '    A->>B: hi',
      '  ~~~',
      '',
      '> ````mermaid',
      '> erDiagram',
      '> ```',
      '> still inside',
      '> ````',
      '',
      '```js',
      'const mermaid = 1',
      '```',
      '',
      '    indented code, not a fence',
    ].join('\n')
    expect(diagramSourcesIn(note)).toEqual([
      'flowchart LR\n  A --> B',
      'sequenceDiagram\n  A->>B: hi',
      'erDiagram\n```\nstill inside',
    ])
  })

  it('finds none in plain text or in a fence of another language', () => {
    expect(diagramSourcesIn('mermaid\n\n```text\nflowchart LR\n```')).toEqual([])
    expect(isDiagramLanguage(undefined)).toBe(false)
    expect(isDiagramLanguage('mermaidjs')).toBe(false)
  })

  it('names a diagram by its first line that says something, skipping directives', () => {
    expect(diagramAlt('\n%%{init: {}}%%\n  sequenceDiagram\n A->>B: x')).toBe('Diagram: sequenceDiagram')
    expect(diagramAlt('   ')).toBe('Diagram: empty')
  })

  it('turns an SVG, non-ASCII text included, into a base64 data URL that decodes back to it', () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg"><text>Café → 数据</text></svg>'
    const url = svgDataUrl(svg)
    expect(url.startsWith('data:image/svg+xml;base64,')).toBe(true)
    expect(Buffer.from(url.split(',')[1] ?? '', 'base64').toString('utf8')).toBe(svg)
  })
})
