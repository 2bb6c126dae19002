import type { Plugin } from 'vite'

/**
 * Build plugin: adds a modulepreload link for the view shown first (still its own lazy chunk),
 * so the browser fetches it alongside the entry script instead of after it has run.
 * Keep `source` in step with the default view of state/ui-slice.ts.
 */
export function preloadFirstView(source: string): Plugin {
  return {
    name: 'groundwork-preload-first-view',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const chunk = Object.values(context.bundle ?? {}).find((item) => item.type === 'chunk' && item.facadeModuleId?.endsWith(source))
        if (!chunk) throw new Error(`preloadFirstView: no chunk for ${source}`)
        return [{ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `./${chunk.fileName}` }, injectTo: 'head' }]
      },
    },
  }
}
