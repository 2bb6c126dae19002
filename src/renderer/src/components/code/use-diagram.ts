import { useEffect, useState } from 'react'
import { call } from '../../state/call'
import { svgDataUrl, type DiagramTheme } from '../../../../shared/diagrams/diagram-answer'
import type { DiagramDrawing } from '../../../../shared/markdown/embeds'

/** How long typing must pause before a changed diagram is drawn again. */
export const DIAGRAM_DELAY_MS = 300
/** Drawn diagrams the renderer keeps, by theme and source. */
const KEPT = 32

const drawn = new Map<string, DiagramDrawing>()

function keep(key: string, drawing: DiagramDrawing): void {
  drawn.delete(key)
  drawn.set(key, drawing)
  if (drawn.size > KEPT) drawn.delete(drawn.keys().next().value ?? key)
}

async function draw(source: string, theme: DiagramTheme, key: string): Promise<DiagramDrawing> {
  const outcome = await call('diagrams.render', { source, theme })
  // A failed call (main busy, a refused source) is shown but not kept: the next render asks again.
  if (!outcome.ok) return { error: outcome.message }
  const drawing = 'svg' in outcome.value ? { url: svgDataUrl(outcome.value.svg) } : outcome.value
  keep(key, drawing)
  return drawing
}

/**
 * A Mermaid block's drawing in the app's theme, asked of main once typing has paused and kept by
 * source: the current one, or while that is drawn the last one shown (`pending` true), or
 * undefined before the first arrives.
 */
export function useDiagram(
  source: string,
  theme: DiagramTheme,
): { drawing: DiagramDrawing | undefined; pending: boolean } {
  const key = `${theme}\n${source}`
  const [shown, setShown] = useState<{ key: string; drawing: DiagramDrawing } | null>(null)
  const ready = drawn.get(key)
  useEffect(() => {
    if (drawn.has(key)) return
    let live = true
    const timer = setTimeout(() => {
      void draw(source, theme, key).then((drawing) => {
        if (live) setShown({ key, drawing })
      })
    }, DIAGRAM_DELAY_MS)
    return () => {
      live = false
      clearTimeout(timer)
    }
  }, [key, source, theme])
  if (ready) return { drawing: ready, pending: false }
  if (shown?.key === key) return { drawing: shown.drawing, pending: false }
  return { drawing: shown?.drawing, pending: shown !== null }
}
