import type { ReactNode } from 'react'
import { diagramAlt } from '../../diagrams/diagram-answer'
import type { DiagramDrawing } from '../embeds'

/**
 * A ```mermaid block as shown in the preview and the reports: the drawn diagram as an image
 * (its SVG never enters the page itself), or its source with why it could not be drawn, or, while
 * it is being drawn, its source. `pending` marks a drawing of an older source still on show.
 */
export function DiagramFigure({
  source,
  drawing,
  pending = false,
  action,
}: {
  source: string
  drawing: DiagramDrawing | undefined
  pending?: boolean
  action?: ReactNode
}) {
  return (
    <div className={`code-block diagram-block${pending ? ' diagram-pending' : ''}`} aria-busy={pending || undefined}>
      <div className="code-block-head">
        <span className="code-block-language">Mermaid diagram</span>
        {action}
      </div>
      {drawing && 'url' in drawing ? (
        <div className="diagram-picture">
          <img src={drawing.url} alt={diagramAlt(source)} decoding="async" />
        </div>
      ) : (
        <>
          {drawing && (
            <div className="diagram-error">
              <p>This diagram could not be drawn:</p>
              {/* Mermaid's message points at the spot with a caret under the line: it keeps its lines and spaces. */}
              <code className="diagram-error-detail">{drawing.error}</code>
            </div>
          )}
          <pre tabIndex={0}>
            <code>{source}</code>
          </pre>
        </>
      )}
    </div>
  )
}
