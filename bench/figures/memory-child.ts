// Run as: node --expose-gc --import tsx bench/figures/memory-child.ts <data folder>
// Prints JSON: heap and external memory added by loading the profile, then after one save.
import { openSettledCore } from '../lib/core'

const gc = (globalThis as { gc?: () => void }).gc
if (!gc) throw new Error('run with --expose-gc')
const dir = process.argv[2] ?? ''
const settle = (): { heap: number; external: number } => {
  gc()
  gc()
  const usage = process.memoryUsage()
  return { heap: usage.heapUsed, external: usage.external }
}

const before = settle()
const core = await openSettledCore(dir)
const view = await core.dispatch('app:getState', undefined)
if (!view.ok) throw new Error(view.error.message)
const loaded = settle()
// A session always saves something; the store then keeps what it needs for quick saves.
const [noteId] = Object.keys(core.store.state.notes)
await core.store.update((s) => void (s.notes[noteId ?? '']!.updatedAt = new Date().toISOString()))
const saved = settle()
console.log(JSON.stringify({ before, loaded, saved, notes: Object.keys(core.store.state.notes).length }))
await core.close()
