import { useCallback, useMemo, useState, type ReactNode } from 'react'
import { HighlightContext, type Highlight } from '../../../../shared/markdown/code/highlight-context'
import './code-block.css'

// The highlighter and its grammars are a chunk of their own, fetched the first time a block in a
// known language is shown; kept here once it has come, so the next preview starts highlighted.
let loaded: Highlight | null = null
let loading: Promise<Highlight> | null = null

function loadHighlighter(): Promise<Highlight> {
  loading ??= import('../../../../shared/markdown/code/highlight').then((module) => (loaded = module.highlightCode))
  return loading
}

/** Gives the code blocks below the highlighter, loaded lazily: they show plain text until it arrives. */
export function LazyHighlight({ children }: { children: ReactNode }) {
  const [highlight, setHighlight] = useState<Highlight | null>(() => loaded)
  const request = useCallback(() => {
    loadHighlighter().then(
      (fn) => setHighlight(() => fn),
      // A chunk that fails to load leaves the blocks plain, all their text still there; the next preview tries again.
      () => void (loading = null),
    )
  }, [])
  const source = useMemo(() => ({ highlight, request }), [highlight, request])
  return <HighlightContext value={source}>{children}</HighlightContext>
}
