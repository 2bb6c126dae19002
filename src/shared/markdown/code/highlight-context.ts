import { createContext, useContext, useEffect, type ReactNode } from 'react'
import type { LanguageId } from './languages'

/** Turns code in a known language into highlighted React nodes. */
export type Highlight = (code: string, language: LanguageId) => ReactNode

/** Where code blocks get their highlighter: none yet (plain), and how to ask for it once one needs it. */
export interface HighlightSource {
  highlight: Highlight | null
  request?: () => void
}

/** The highlighter for the code blocks below; without a provider every block stays plain. */
export const HighlightContext = createContext<HighlightSource>({ highlight: null })

/** The highlighter if it has arrived (asking for it when `wanted`), else null. */
export function useHighlight(wanted: boolean): Highlight | null {
  const { highlight, request } = useContext(HighlightContext)
  useEffect(() => {
    if (wanted && !highlight) request?.()
  }, [wanted, highlight, request])
  return highlight
}
