// Run as: node --expose-gc --import tsx bench/sync-engines-memory.ts <engine name> <snapshot file>
// Prints JSON: the heap, heap + external (WebAssembly memory counts there) and RSS a replica
// loaded from the snapshot adds, after forced collections.
import { readFile } from 'node:fs/promises'
import { freshState } from '../src/shared/model'
import { ENGINES } from './lib/sync-engines'

const gc = (globalThis as { gc?: () => void }).gc
if (!gc) throw new Error('run with --expose-gc')
const engine = ENGINES.find((candidate) => candidate.name === process.argv[2])
if (!engine) throw new Error(`no engine named ${process.argv[2]}`)
const snapshot = await readFile(process.argv[3] ?? '')
const settle = (): { heap: number; total: number; rss: number } => {
  gc()
  gc()
  const usage = process.memoryUsage()
  return { heap: usage.heapUsed, total: usage.heapUsed + usage.external, rss: usage.rss }
}

// An empty document first brings in the engine's code and WebAssembly module, which are not the
// replica. (Not the snapshot itself: WebAssembly memory never shrinks, so a second load would look free.)
engine.build(freshState()).free()
const before = settle()
const replica = engine.load(snapshot)
const after = settle()
console.log(
  JSON.stringify({ heap: after.heap - before.heap, total: after.total - before.total, rss: after.rss - before.rss }),
)
replica.free()
