import { openSettledCore } from '../lib/core'
import type { BenchModule } from '../lib/context'
import { missingChannels, NEEDS_NOTES } from '../lib/feature'
import { percentile } from '../lib/stats'

/** The search channel: request `{ text }`, answered in main from a minisearch index. */
const SEARCH = 'search:query'
/** What a learner types, one keystroke at a time. */
const TYPED = ['index', 'transaction', 'load balancer', 'retry timeout', 'cache']

/** Figure 3b: search over 5,000 notes answers each keystroke within a frame (p95 of main-side time). */
export const searchBench: BenchModule = {
  name: 'search',
  async run(ctx) {
    const name = 'search p95 per keystroke (5,000 notes)'
    if (missingChannels([SEARCH]).length > 0) return ctx.report.skip(name, NEEDS_NOTES, '< 16 ms')
    const { dir } = await ctx.profileCopy('search')
    const core = await openSettledCore(dir)
    try {
      // The first query may build the index: that is start-up work, not a keystroke.
      await core.dispatch(SEARCH, { text: 'warm' })
      const samples: number[] = []
      for (let round = 0; round < (ctx.quick ? 1 : 4); round += 1) {
        for (const word of TYPED) {
          for (let i = 1; i <= word.length; i += 1) {
            const start = performance.now()
            const result = await core.dispatch(SEARCH, { text: word.slice(0, i) })
            samples.push(performance.now() - start)
            if (!result.ok) throw new Error(`${SEARCH} answered ${result.error.code}: ${result.error.message}`)
          }
        }
      }
      ctx.report.figure({ name, value: percentile(samples, 95), unit: 'ms', target: 16, comparison: 'under', noisy: true, detail: `${samples.length} keystrokes` })
    } finally {
      await core.close()
    }
  },
}
