import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { produce } from 'immer'
import { openSettledCore } from '../lib/core'
import type { BenchModule } from '../lib/context'
import { missingChannels } from '../lib/feature'
import { interleaved, median, percentile, timeMs } from '../lib/stats'
import { bigCurriculumState } from './big-curriculum'
import { DATA_FILE } from '../../src/main/store/data-store'
import { addDays, dayOf } from '../../src/shared/calendar/days'
import { TEST_NOW } from '../../test/support/test-clock'
import type { PlanView } from '../../src/shared/plan/schema'

/** One frame: the typing figures' budget, which a re-plan as the learner changes hours must stay within. */
const TYPING_BUDGET_MS = 16

/**
 * Figure 6b: re-planning 300 skills and 3,000 sub-topics when the hours a week change, through the
 * real router (plan:previewChoice, the plan as it would be, nothing written), over a year to the
 * target date: p95 against the typing budget, and the median against cloning the plan it answers
 * (what carrying the answer to the window costs at least), interleaved in the same run.
 */
export const planBench: BenchModule = {
  name: 'plan',
  async run(ctx) {
    const names = ['re-plan 3,000 sub-topics, p95', 're-plan 3,000 sub-topics / cloning its answer']
    if (missingChannels(['plan:previewChoice']).length > 0) {
      for (const name of names) ctx.report.skip(name, 'needs the study plan', `< ${TYPING_BUDGET_MS} ms`)
      return
    }
    const dir = await ctx.folder('plan-300')
    const state = produce(bigCurriculumState(), (draft) => {
      draft.plan.hoursPerWeek = 8
      draft.levels.entry.targetDate = addDays(dayOf(TEST_NOW, 'UTC'), 365)
    })
    await writeFile(join(dir, DATA_FILE), JSON.stringify(state))
    const core = await openSettledCore(dir)
    try {
      let hours = 8
      let last: PlanView | null = null
      const cpu: number[] = []
      const replan = (): Promise<number> =>
        timeMs(async () => {
          const before = process.cpuUsage()
          hours = hours >= 40 ? 8 : hours + 0.5
          const result = await core.dispatch('plan:previewChoice', {
            choice: { kind: 'more-hours', hoursPerWeek: hours },
          })
          if (!result.ok) throw new Error(result.error.message)
          last = result.value as PlanView
          const used = process.cpuUsage(before)
          cpu.push((used.user + used.system) / 1000)
        })
      const clone = (): Promise<number> => timeMs(() => structuredClone(last))
      const rounds = ctx.quick ? 20 : 60
      const samples = await interleaved(rounds, replan, clone)
      const p95 = percentile(samples.a, 95)
      const [a, b] = [median(samples.a), median(samples.b)]
      const planned =
        (last as PlanView | null)?.weeks.flatMap((w) => w.days).reduce((n, d) => n + d.items.length, 0) ?? 0
      ctx.report.figure({
        name: names[0]!,
        value: p95,
        unit: 'ms',
        target: TYPING_BUDGET_MS,
        comparison: 'under',
        noisy: true,
        detail: `median ${a.toFixed(1)} ms of ${rounds}, CPU time p95 ${percentile(cpu, 95).toFixed(1)} ms; ${planned} plan items over a year`,
      })
      ctx.report.figure({
        name: names[1]!,
        value: a / b,
        unit: 'x',
        target: 1,
        comparison: 'at-most',
        noisy: true,
        detail: `${a.toFixed(1)} ms / ${b.toFixed(1)} ms, medians of ${rounds}`,
      })
    } finally {
      await core.close()
    }
  },
}
