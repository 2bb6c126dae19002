import { resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import { build } from 'vite'

/** Where the baseline page is built; beside the app's renderer so both are served alike. */
export const BASELINE_DIR = resolve('out/bench-baseline')

/** Builds bench/baseline (an empty React root) with the app's Vite, React and minifier settings. */
export async function buildBaseline(): Promise<string> {
  await build({
    configFile: false,
    logLevel: 'warn',
    root: resolve('bench/baseline'),
    base: './',
    plugins: [react()],
    build: { outDir: BASELINE_DIR, emptyOutDir: true, minify: true },
  })
  return BASELINE_DIR
}
