import { resolve } from 'node:path'
import { build, type Plugin } from 'vite'

/**
 * Build plugin: once the app's renderer is built, builds the hidden diagram page
 * (src/renderer/diagram.html, which loads Mermaid) into the same folder as a build of its own.
 * As a second input of the app's build it would share chunks with the app's entry (the dynamic
 * import helper), changing the app's first-paint files; built apart, those stay as they were.
 * In development the dev server serves the page like any other file under the renderer's root.
 */
export function diagramPage(): Plugin {
  let outDir = ''
  return {
    name: 'groundwork-diagram-page',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir)
    },
    async closeBundle() {
      await build({
        configFile: false,
        root: resolve('src/renderer'),
        base: './',
        logLevel: 'warn',
        build: {
          outDir,
          emptyOutDir: false,
          minify: true,
          // Mermaid is large; only this hidden page ever loads it.
          chunkSizeWarningLimit: 4096,
          rollupOptions: { input: { diagram: resolve('src/renderer/diagram.html') } },
        },
      })
    },
  }
}
