import { z } from 'zod'
import { channel } from './channel'
import { MAX_DIAGRAM_SOURCE } from '../diagrams/diagram-answer'

/** A drawn diagram's sanitized SVG, or why it could not be drawn. */
export const diagramAnswerSchema = z.union([z.object({ svg: z.string() }), z.object({ error: z.string() })])

/** Mermaid diagrams in notes, drawn by main's hidden diagram page (never in the app's page). */
export const diagramsChannels = {
  /** Draws one ```mermaid block in the light or dark theme. */
  render: channel(
    z.object({
      source: z.string().max(MAX_DIAGRAM_SOURCE, `A diagram can be at most ${MAX_DIAGRAM_SOURCE} characters long.`),
      theme: z.enum(['light', 'dark']),
    }),
    diagramAnswerSchema,
  ),
}
