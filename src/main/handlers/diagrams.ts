import type { HandlerContext } from './context'
import type { DomainHandlers } from './types'

/** Mermaid diagrams for the preview: drawn by the hidden diagram page, cached in main. */
export function diagramsHandlers(ctx: HandlerContext): DomainHandlers<'diagrams'> {
  return {
    render: (request) => ctx.diagrams.draw(request),
  }
}
