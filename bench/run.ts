import './lib/production-react'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createContext, type BenchModule } from './lib/context'
import { Reporter } from './lib/report'
import { saveBench } from './figures/save'
import { groupCommitBench } from './figures/group-commit'
import { startupBench } from './figures/startup'
import { bundleBench } from './figures/bundle'
import { loadBench } from './figures/load'
import { memoryBench } from './figures/memory'
import { searchBench } from './figures/search'
import { linksBench } from './figures/links'
import { typingBench } from './figures/typing'
import { typingPicturesBench } from './figures/typing-pictures'
import { noteScrollBench } from './figures/note-scroll'
import { noteCardsBench } from './figures/note-cards'
import { bigCurriculumBench } from './figures/big-curriculum'
import { planBench } from './figures/plan'
import { importLatencyBench } from './figures/import-latency'
import { reportPicturesBench } from './figures/report-pictures'
import { syncBench } from './figures/sync'
import { syncEnginesBench } from './sync-engines'
import { KNOWN_MISSES } from './lib/known-misses'

/** Every module, in the order the figures are numbered in bench/README.md. */
const MODULES: BenchModule[] = [
  startupBench,
  bundleBench,
  saveBench,
  groupCommitBench,
  loadBench,
  searchBench,
  linksBench,
  typingBench,
  typingPicturesBench,
  noteScrollBench,
  memoryBench,
  noteCardsBench,
  bigCurriculumBench,
  planBench,
  importLatencyBench,
  reportPicturesBench,
  syncEnginesBench,
  syncBench,
]

/** How far past its target a timed figure may fall in the quick (CI) run before it fails. */
const QUICK_TOLERANCE = 1.5

// Usage: node --expose-gc --import tsx bench/run.ts [--quick] [--only name,name]
const args = process.argv.slice(2)
const quick = args.includes('--quick')
const onlyAt = args.indexOf('--only')
const only = onlyAt >= 0 ? new Set((args[onlyAt + 1] ?? '').split(',')) : null

const started = performance.now()
// Known misses only soften the quick (CI) run; the full run reports every miss as a failure.
const report = new Reporter({ tolerance: quick ? QUICK_TOLERANCE : 1, knownMisses: quick ? KNOWN_MISSES : {} })
// The OS temp folder is on the same disk as a learner's profile here, so fsync costs are real.
const workDir = await mkdtemp(join(tmpdir(), 'groundwork-bench-'))
const ctx = createContext(workDir, quick, report)
console.log(
  `Groundwork bench (${quick ? `quick, timed targets x${QUICK_TOLERANCE}` : 'full'}), ${new Date().toISOString()}`,
)
try {
  for (const module of MODULES) {
    if (only && !only.has(module.name)) continue
    // Each module starts on a collected heap, so one module's garbage (the load figure parses
    // 20 MB fifteen times) is not collected in the middle of the next one's timings.
    ;(globalThis as { gc?: () => void }).gc?.()
    try {
      await module.run(ctx)
    } catch (error) {
      report.fail(module.name, error)
    }
  }
} finally {
  await ctx.close()
  await rm(workDir, { recursive: true, force: true })
}
const code = report.finish()
console.log(`(took ${((performance.now() - started) / 1000).toFixed(0)} s)`)
process.exit(code)
