import { readFile } from 'node:fs/promises'
import type { Core } from '../../src/main/core'
import { serveStatic } from '../../test/e2e/harness'
import { openCore } from '../lib/core'
import { buildBaseline } from '../lib/baseline-build'
import type { BenchModule } from '../lib/context'
import { timeToReady } from '../lib/page-timing'
import { formatBytes, interleaved, median, timeMs } from '../lib/stats'

/** Figure 3a: open the 20 MB profile and show the Skills view, against JSON.parse plus an empty render. */
export const loadBench: BenchModule = {
  name: 'load',
  async run(ctx) {
    const { dir, path, bytes } = await ctx.profileCopy('load')
    const text = await readFile(path, 'utf8')
    const app = await serveStatic()
    const baseline = await serveStatic(await buildBaseline())
    const browser = await ctx.browser()
    const open = (): Promise<Core> => openCore(dir)
    let idle = await open()
    try {
      const appRound = async (): Promise<{ open: number; show: number }> => {
        await idle.close()
        const start = performance.now()
        // A restart: the store reads, validates and backs up the file as the app does on start.
        const core = await open()
        const opened = performance.now() - start
        idle = core
        return { open: opened, show: await timeToReady(browser, app, core, 'skills-checklist') }
      }
      const baselineRound = async (): Promise<{ open: number; show: number }> => ({
        open: await timeMs(() => JSON.parse(text)),
        show: await timeToReady(browser, baseline, idle, 'empty-root'),
      })
      const rounds = ctx.quick ? 5 : 15
      const { a, b } = await interleaved(rounds, appRound, baselineRound)
      const appTotal = median(a.map((r) => r.open + r.show))
      const baseTotal = median(b.map((r) => r.open + r.show))
      ctx.report.figure({
        name: `load 5,000 notes and show Skills (/ JSON.parse + empty render)`,
        value: appTotal / baseTotal,
        unit: 'x',
        target: 2,
        comparison: 'under',
        noisy: true,
        detail: `${formatBytes(bytes)}: open ${median(a.map((r) => r.open)).toFixed(0)} ms + show ${median(a.map((r) => r.show)).toFixed(0)} ms vs parse ${median(b.map((r) => r.open)).toFixed(0)} ms + empty ${median(b.map((r) => r.show)).toFixed(0)} ms, median of ${rounds}`,
      })
    } finally {
      await Promise.all([idle.close(), app.close(), baseline.close()])
    }
  },
}
