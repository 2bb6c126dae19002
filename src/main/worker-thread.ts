import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { Worker } from 'node:worker_threads'

// Main's worker threads (the parse worker, the sync engine) start the same way: the app's build
// runs the bundled script; tests, the harness and the bench run the TypeScript entry through tsx.

let builtFolder: string | null = null

/** The app's build registers the folder of its bundled workers (out/main); without it they run from source. */
export function useBuiltWorkers(folder: string | null): void {
  builtFolder = folder
}

/** The bundled script of worker `name`, or null to run it from source. */
export function builtWorker(name: string): string | null {
  return builtFolder === null ? null : join(builtFolder, `${name}.js`)
}

/**
 * A module's file URL. Component tests run main's code in a browser-like environment, where a
 * module's URL is http: and names its path in the project; a worker needs the file itself.
 */
export function onDisk(moduleUrl: string): URL {
  const here = new URL(moduleUrl)
  return here.protocol === 'file:' ? here : pathToFileURL(join(process.cwd(), decodeURIComponent(here.pathname)))
}

/** tsx's ESM API, which a worker running from source registers before it loads the TypeScript entry. */
function tsxApi(): string {
  const pkg = createRequire(onDisk(import.meta.url)).resolve('tsx/package.json')
  const exports = (
    JSON.parse(readFileSync(pkg, 'utf8')) as { exports: Record<string, { import: { default: string } }> }
  ).exports
  return new URL(exports['./esm/api']!.import.default, pathToFileURL(pkg)).href
}

/** A new worker: the bundled script when there is one, or (from source) a bootstrap that loads `source` through tsx. */
export function startWorker(script: string | null, source: URL, heapLimitMb: number): Worker {
  const options = { resourceLimits: { maxOldGenerationSizeMb: heapLimitMb } }
  if (script !== null) return new Worker(script, options)
  // `--import tsx` in a worker's execArgv does not reach its entry on Node 20, so the worker registers tsx itself.
  return new Worker(
    `import(${JSON.stringify(tsxApi())}).then(({ register }) => (register(), import(${JSON.stringify(source.href)})))`,
    { ...options, eval: true },
  )
}
