import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { monitorEventLoopDelay } from 'node:perf_hooks'
import { setTimeout as sleep } from 'node:timers/promises'
import type { BenchModule } from '../lib/context'
import { interleaved, median } from '../lib/stats'
import { createCore } from '../../src/main/core'
import { testServices } from '../../test/support/test-services'
import { testClock } from '../../test/support/test-clock'

/** The typing budget of the typing figures: one frame. */
const FRAME_MS = 16
/** 100 skills of 190 sub-topics: 19,000 list items, near the 20,000 an outline may hold. */
const SKILLS = 100
const ITEMS = 190

function largeOutline(): string {
  const skill = (s: number): string =>
    `## Skill ${s}\n\n${Array.from({ length: ITEMS }, (_, i) => `- [ ] Topic ${s}.${i} with a few more words`).join('\n')}\n`
  return `# A large track\n\n${Array.from({ length: SKILLS }, (_, s) => skill(s)).join('\n')}`
}

/** The p99 of main's event-loop delay (ms) while `work` runs, sampled every millisecond. */
async function loopDelayDuring(work: () => Promise<unknown>): Promise<{ p99: number; max: number; ms: number }> {
  const histogram = monitorEventLoopDelay({ resolution: 1 })
  const start = performance.now()
  histogram.enable()
  await work()
  histogram.disable()
  return { p99: histogram.percentile(99) / 1e6, max: histogram.max / 1e6, ms: performance.now() - start }
}

/**
 * Figure 7: main's event-loop delay while a large outline is imported (read, parsed in the parse
 * worker, previewed), against the same time with nothing running, interleaved. Every IPC answer,
 * a keystroke's autosave included, waits for that loop: the added p99 delay must stay within the
 * typing budget of one frame.
 */
export const importLatencyBench: BenchModule = {
  name: 'import-latency',
  async run(ctx) {
    const dir = await ctx.folder('import-latency')
    const file = join(dir, 'large-track.md')
    const text = largeOutline()
    await writeFile(file, text)
    const answers: string[] = []
    const core = await createCore({
      dataDir: dir,
      services: testServices(dir, answers),
      log: () => undefined,
      clock: testClock(),
    })
    await core.store.backupsSettled()
    let lastMs = 1000
    const importOnce = async (): Promise<{ p99: number; max: number; ms: number }> => {
      answers.push(file)
      const measured = await loopDelayDuring(async () => {
        const answer = await core.dispatch('packs:chooseImport', undefined)
        if (!answer.ok) throw new Error(answer.error.message)
        await core.dispatch('imports:cancel', { token: (answer.value as { token: string }).token })
      })
      lastMs = measured.ms
      return measured
    }
    try {
      const rounds = ctx.quick ? 3 : 7
      const samples = await interleaved(rounds, importOnce, () => loopDelayDuring(() => sleep(lastMs)))
      const [during, idle] = [median(samples.a.map((s) => s.p99)), median(samples.b.map((s) => s.p99))]
      ctx.report.figure({
        name: 'main event-loop delay while a large outline is imported, p99 added to idle',
        value: Math.max(0, during - idle),
        unit: 'ms',
        target: FRAME_MS,
        comparison: 'at-most',
        noisy: true,
        detail: `${(text.length / 1024).toFixed(0)} KB, ${SKILLS * ITEMS} list items: p99 ${during.toFixed(1)} ms importing, ${idle.toFixed(1)} ms idle; import ${median(samples.a.map((s) => s.ms)).toFixed(0)} ms, worst delay ${Math.max(...samples.a.map((s) => s.max)).toFixed(0)} ms; median of ${rounds}`,
      })
    } finally {
      await core.close()
    }
  },
}
