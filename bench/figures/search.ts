import { openSettledCore } from '../lib/core'
import type { BenchModule } from '../lib/context'
import { missingChannels, NEEDS_NOTES } from '../lib/feature'
import { percentile } from '../lib/stats'

/** The search channel: request `{ text }`, answered in main from a minisearch index. */
const SEARCH = 'search:query'
/** What a learner types, one keystroke at a time. */
const TYPED = ['index', 'transaction', 'load balancer', 'retry timeout', 'cache']

/** The two ways the app searches: the Skills search box (everything) and the command palette (titles, a few of each kind). */
const WAYS = [
  { name: 'search p95 per keystroke (5,000 notes)', extra: {} },
  { name: 'palette title search p95 per keystroke (5,000 notes)', extra: { titlesOnly: true, limit: 40 } },
]

/** Figure 3b: search over 5,000 notes answers each keystroke within a frame (p95 of main-side time), in the search box and the palette. */
export const searchBench: BenchModule = {
  name: 'search',
  async run(ctx) {
    if (missingChannels([SEARCH]).length > 0) {
      for (const way of WAYS) ctx.report.skip(way.name, NEEDS_NOTES, '< 16 ms')
      return
    }
    const { dir } = await ctx.profileCopy('search')
    const core = await openSettledCore(dir)
    try {
      // The first query may build the index: that is start-up work, not a keystroke.
      await core.dispatch(SEARCH, { text: 'warm' })
      for (const way of WAYS) {
        const samples: number[] = []
        for (let round = 0; round < (ctx.quick ? 1 : 4); round += 1) {
          for (const word of TYPED) {
            for (let i = 1; i <= word.length; i += 1) {
              const start = performance.now()
              const result = await core.dispatch(SEARCH, { text: word.slice(0, i), ...way.extra })
              samples.push(performance.now() - start)
              if (!result.ok) throw new Error(`${SEARCH} answered ${result.error.code}: ${result.error.message}`)
            }
          }
        }
        ctx.report.figure({ name: way.name, value: percentile(samples, 95), unit: 'ms', target: 16, comparison: 'under', noisy: true, detail: `${samples.length} keystrokes` })
      }
    } finally {
      await core.close()
    }
  },
}
