import { readFile } from 'node:fs/promises'
import { openSettledCore } from '../lib/core'
import type { BenchModule } from '../lib/context'
import { missingChannels, NEEDS_NOTES } from '../lib/feature'
import { median, percentile } from '../lib/stats'

/** The search channel: request `{ text }`, answered in main from a minisearch index. */
const SEARCH = 'search:query'
/** What a learner types, one keystroke at a time. */
const TYPED = ['index', 'transaction', 'load balancer', 'retry timeout', 'cache']

/** The baseline's notes: each note's title and body, lowercased once before any query. */
async function scanTexts(path: string): Promise<string[]> {
  const state = JSON.parse(await readFile(path, 'utf8')) as { notes: Record<string, { title: string; body: string }> }
  return Object.values(state.notes).map((note) => `${note.title}\n${note.body}`.toLowerCase())
}

/** The plain scan: how many notes hold every word of `text` (lowercased), by `includes`. */
function scan(texts: readonly string[], text: string): number {
  const words = text.toLowerCase().split(/\s+/).filter(Boolean)
  let found = 0
  for (const note of texts) if (words.every((word) => note.includes(word))) found += 1
  return found
}

/**
 * Figure 3b: search over 5,000 notes per keystroke (main-side time through the router), against
 * a plain scan of the same notes for the same text in the same run; p95 against p95.
 */
export const searchBench: BenchModule = {
  name: 'search',
  async run(ctx) {
    const name = 'search p95 per keystroke (5,000 notes) / plain scan p95'
    if (missingChannels([SEARCH]).length > 0) return ctx.report.skip(name, NEEDS_NOTES, '<= 0.25x')
    const { dir, path } = await ctx.profileCopy('search')
    const texts = await scanTexts(path)
    const core = await openSettledCore(dir)
    try {
      // The first query may build the index: that is start-up work, not a keystroke.
      await core.dispatch(SEARCH, { text: 'warm' })
      scan(texts, 'warm')
      // One untimed round of the same keystrokes first, as the typing figure does: the figure is the
      // steady cost of a keystroke, not the first calls while the code is still being compiled.
      for (const word of TYPED) {
        for (let i = 1; i <= word.length; i += 1) {
          await core.dispatch(SEARCH, { text: word.slice(0, i) })
          scan(texts, word.slice(0, i))
        }
      }
      // Building the index leaves garbage whose collection would land on the first keystrokes.
      ;(globalThis as { gc?: () => void }).gc?.()
      const search: number[] = []
      const plain: number[] = []
      // CPU time beside wall time: on a loaded machine a short task's wall time is mostly waiting for a core.
      const searchCpu: number[] = []
      const plainCpu: number[] = []
      const cpuMs = (since: NodeJS.CpuUsage): number => {
        const used = process.cpuUsage(since)
        return (used.user + used.system) / 1000
      }
      let matched = 0
      for (let round = 0; round < (ctx.quick ? 2 : 4); round += 1) {
        for (const word of TYPED) {
          for (let i = 1; i <= word.length; i += 1) {
            const text = word.slice(0, i)
            // Interleaved, so both see the same machine load.
            let cpu = process.cpuUsage()
            let start = performance.now()
            const result = await core.dispatch(SEARCH, { text })
            search.push(performance.now() - start)
            searchCpu.push(cpuMs(cpu))
            if (!result.ok) throw new Error(`${SEARCH} answered ${result.error.code}: ${result.error.message}`)
            cpu = process.cpuUsage()
            start = performance.now()
            matched += scan(texts, text)
            plain.push(performance.now() - start)
            plainCpu.push(cpuMs(cpu))
          }
        }
      }
      const a = percentile(search, 95)
      const b = percentile(plain, 95)
      ctx.report.figure({
        name,
        value: a / b,
        unit: 'x',
        target: 0.25,
        comparison: 'at-most',
        noisy: true,
        detail: `wall time; search p95 ${a.toFixed(1)} ms (median ${median(search).toFixed(2)}), scan p95 ${b.toFixed(1)} ms (median ${median(plain).toFixed(2)}) over ${texts.length} notes, ${search.length} keystrokes (${matched} scan matches)`,
      })
      ctx.report.info(
        'CPU time p95, search / scan',
        `${percentile(searchCpu, 95).toFixed(2)} ms / ${percentile(plainCpu, 95).toFixed(2)} ms (${(percentile(searchCpu, 95) / percentile(plainCpu, 95)).toFixed(2)}x)`,
      )
    } finally {
      await core.close()
    }
  },
}
