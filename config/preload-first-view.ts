import type { Plugin } from 'vite'

interface ChunkLike {
  type: string
  fileName: string
  facadeModuleId?: string | null
  imports?: string[]
}

/**
 * Build plugin: adds modulepreload links for the views a start may show first (each still its
 * own lazy chunk) and every chunk they import, so the browser fetches them alongside the entry
 * script instead of in a waterfall after it has run. The links only fetch and parse; nothing
 * runs until a view is shown. Keep `sources` in step with initialView() in state/ui-slice.ts.
 */
export function preloadFirstView(...sources: string[]): Plugin {
  return {
    name: 'groundwork-preload-first-view',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const chunks = Object.values(context.bundle ?? {}) as ChunkLike[]
        const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]))
        const files = new Set<string>()
        const visit = (chunk: ChunkLike): void => {
          if (files.has(chunk.fileName) || html.includes(chunk.fileName)) return
          files.add(chunk.fileName)
          for (const name of chunk.imports ?? []) {
            const imported = byName.get(name)
            if (imported) visit(imported)
          }
        }
        for (const source of sources) {
          const chunk = chunks.find((item) => item.type === 'chunk' && item.facadeModuleId?.endsWith(source))
          if (!chunk) throw new Error(`preloadFirstView: no chunk for ${source}`)
          visit(chunk)
        }
        return [...files].map((file) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: true, href: `./${file}` },
          injectTo: 'head' as const,
        }))
      },
    },
  }
}
