import { serveStatic } from '../../test/e2e/harness'
import { openCore } from '../lib/core'
import { buildBaseline } from '../lib/baseline-build'
import type { BenchModule } from '../lib/context'
import { timeToReady } from '../lib/page-timing'
import { interleaved, median } from '../lib/stats'

/** Figure 1a: navigation to an interactive Skills checklist, against an empty React root. */
export const startupBench: BenchModule = {
  name: 'startup',
  async run(ctx) {
    const baselineDir = await buildBaseline()
    const dataDir = await ctx.folder('startup')
    const core = await openCore(dataDir)
    // A learner who has started: a few statuses set, so the checklist shows real state.
    for (const [skillId, status] of [
      ['databases', 'learning'],
      ['languages', 'done'],
    ]) {
      const result = await core.dispatch('skills:setStatus', { skillId, status })
      if (!result.ok) throw new Error(result.error.message)
    }
    const app = await serveStatic()
    const baseline = await serveStatic(baselineDir)
    const browser = await ctx.browser()
    try {
      // Start-up medians are the noisiest figure: even the quick run takes enough rounds to steady them.
      const rounds = ctx.quick ? 15 : 31
      const samples = await interleaved(
        rounds,
        () => timeToReady(browser, app, core, 'skills-checklist'),
        () => timeToReady(browser, baseline, core, 'empty-root'),
      )
      const a = median(samples.a)
      const b = median(samples.b)
      ctx.report.figure({
        name: 'start-up (Skills checklist interactive / empty React root)',
        value: a / b,
        unit: 'x',
        target: 1.7,
        comparison: 'at-most',
        noisy: true,
        detail: `app ${a.toFixed(0)} ms, baseline ${b.toFixed(0)} ms, median of ${rounds} fresh pages each`,
      })
    } finally {
      await Promise.all([app.close(), baseline.close(), core.close()])
    }
  },
}
