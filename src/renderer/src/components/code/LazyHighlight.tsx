import { useCallback, useMemo, useState, type ReactNode } from 'react'
import { HighlightContext, type Highlight } from '../../../../shared/markdown/code/highlight-context'
import { loadedHighlighter, loadHighlighter } from './highlighter-chunk'
import './code-block.css'

/** Gives the code blocks below the highlighter, loaded lazily: they show plain text until it arrives. */
export function LazyHighlight({ children }: { children: ReactNode }) {
  const [highlight, setHighlight] = useState<Highlight | null>(() => loadedHighlighter()?.highlightCode ?? null)
  const request = useCallback(() => {
    loadHighlighter().then(
      (module) => setHighlight(() => module.highlightCode),
      // A chunk that fails to load leaves the blocks plain, all their text still there; the next preview tries again.
      () => undefined,
    )
  }, [])
  const source = useMemo(() => ({ highlight, request }), [highlight, request])
  return <HighlightContext value={source}>{children}</HighlightContext>
}
