import { resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import { build } from 'vite'

/** The baseline pages: an empty React root (start-up, load), and the note editor alone (typing). */
export type BaselinePage = 'baseline' | 'editor-baseline'

/** Builds bench/<page> with the app's Vite, React and minifier settings, beside the app's renderer so both are served alike. */
export async function buildBaseline(page: BaselinePage = 'baseline'): Promise<string> {
  const outDir = resolve(`out/bench-${page}`)
  await build({
    configFile: false,
    logLevel: 'warn',
    root: resolve(`bench/${page}`),
    base: './',
    plugins: [react()],
    build: { outDir, emptyOutDir: true, minify: true },
  })
  return outDir
}
