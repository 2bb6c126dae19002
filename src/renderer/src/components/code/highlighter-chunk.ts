// The highlighter and its grammars are a chunk of their own, fetched the first time a block in a
// known language is shown (in the preview or the editor) and kept once it has come.

/** The highlighter module, once loaded. */
export type HighlighterModule = typeof import('../../../../shared/markdown/code/highlight')

let loaded: HighlighterModule | null = null
let loading: Promise<HighlighterModule> | null = null

/** The highlighter if it has already arrived. */
export function loadedHighlighter(): HighlighterModule | null {
  return loaded
}

/** Fetches the highlighter (once; a failed fetch is tried again on the next call). */
export function loadHighlighter(): Promise<HighlighterModule> {
  loading ??= import('../../../../shared/markdown/code/highlight').then(
    (module) => (loaded = module),
    (error: unknown) => {
      loading = null
      throw error
    },
  )
  return loading
}
