// Run as: node --expose-gc --import tsx bench/figures/sync-memory-child.ts <data folder> <sync folder>
// Prints JSON: heap and external memory added by loading the profile and turning sync on.
import { openSettledCore } from '../lib/core'

const gc = (globalThis as { gc?: () => void }).gc
if (!gc) throw new Error('run with --expose-gc')
const [dir = '', folder = ''] = process.argv.slice(2)
const settle = (): number => {
  gc()
  gc()
  const usage = process.memoryUsage()
  return usage.heapUsed + usage.external
}

const before = settle()
const core = await openSettledCore(dir)
const answer = await core.dispatch('sync:start', { folder, deviceName: 'Bench' })
if (!answer.ok) throw new Error(answer.error.message)
const [noteId] = Object.keys(core.store.state.notes)
await core.store.update((s) => void (s.notes[noteId ?? '']!.title = 'Saved once'))
await core.sync.syncNow()
const grown = settle() - before
console.log(JSON.stringify({ grown }))
await core.close()
