import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Browser, Page } from '@playwright/test'
import { openSettledCore } from '../lib/core'
import type { BenchContext, BenchModule } from '../lib/context'
import { missingChannels } from '../lib/feature'
import { interleaved, median } from '../lib/stats'
import { connectApi, serveStatic } from '../../test/e2e/harness'
import type { Core } from '../../src/main/core'
import { appStateSchema, SCHEMA_VERSION, type AppState } from '../../src/shared/model'
import { defaultCurriculum } from '../../src/shared/curriculum/default'
import { DATA_FILE } from '../../src/main/store/data-store'
import { withKeys } from '../../src/shared/order/ordered'

/** The learner's own curriculum at the size the figure is about: 300 skills of 10 sub-topics each, over the built-in categories. */
export function bigCurriculumState(skills = 300, subtopics = 10): AppState {
  const base = defaultCurriculum()
  const categories = base.categories.map((c) => c.id)
  const pad = (n: number, width: number) => String(n).padStart(width, '0')
  return appStateSchema.parse({
    schemaVersion: SCHEMA_VERSION,
    curriculum: {
      ...base,
      skills: withKeys(
        Array.from({ length: skills }, (_, i) => ({
          id: `sk-${pad(i, 3)}`,
          title: `Skill ${pad(i, 3)}: distributed systems topic`,
          category: categories[i % categories.length],
          summary: 'A skill of a large curriculum of the learner’s own.',
          subtopics: withKeys(
            Array.from({ length: subtopics }, (_, j) => ({
              id: `st-${pad(i, 3)}-${pad(j, 2)}`,
              title: `Sub-topic ${j + 1} of skill ${i}`,
            })),
          ),
          hidden: false,
        })),
      ),
    },
  })
}

/**
 * Clicks the Skills link and answers ms until the checklist holds `rows` rows and the detail pane
 * its sub-topics, after the frame that shows them (a message posted in rAF runs after paint).
 * No named inner functions: tsx would wrap them in a helper the page does not have.
 */
async function showSkills(rows: number): Promise<number> {
  const started = performance.now()
  document.querySelector<HTMLAnchorElement>('a[href="#skills"]')?.click()
  while (
    document.querySelectorAll('.skill-list > li').length !== rows ||
    document.querySelector('.skill-detail input[type="checkbox"]') === null
  ) {
    await new Promise<void>((resolve) => requestAnimationFrame(() => resolve()))
  }
  await new Promise<void>((resolve) => {
    const channel = new MessageChannel()
    channel.port1.onmessage = () => resolve()
    requestAnimationFrame(() => channel.port2.postMessage(null))
  })
  return performance.now() - started
}

/** Ticks (or unticks) the open skill's first sub-topic and answers ms until the frame that shows it is painted. */
function tickFirst(): Promise<number> {
  const box = document.querySelector<HTMLInputElement>('.skill-detail input[type="checkbox"]')
  if (!box) throw new Error('no sub-topic checkbox')
  return new Promise((resolve) => {
    const channel = new MessageChannel()
    const started = performance.now()
    channel.port1.onmessage = () => resolve(performance.now() - started)
    box.click()
    requestAnimationFrame(() => channel.port2.postMessage(null))
  })
}

/** A page of the built app on `core` at 1280x800, opened on the Dashboard. */
async function openPage(browser: Browser, core: Core): Promise<{ page: Page; close: () => Promise<void> }> {
  const server = await serveStatic()
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
  const page = await context.newPage()
  await connectApi(page, core, server)
  await page.goto(server.url)
  await page.getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor()
  // The open skill's sub-topics are on its second tab; the choice holds for the session, so every
  // timed showing of Skills below draws them.
  await page.getByRole('link', { name: 'Skills' }).click()
  await page.getByRole('tab', { name: 'Sub-topics and progress' }).click()
  await page.getByRole('checkbox').first().waitFor()
  return {
    page,
    close: async () => {
      await context.close()
      await server.close()
    },
  }
}

/** One side of the figure: a data folder with `state`, its core and its page. */
async function side(ctx: BenchContext, name: string, state: AppState) {
  const dir = await ctx.folder(name)
  await writeFile(join(dir, DATA_FILE), JSON.stringify(state))
  const core = await openSettledCore(dir)
  const { page, close } = await openPage(await ctx.browser(), core)
  const rows = state.curriculum.skills.length
  return {
    rows,
    subtopics: state.curriculum.skills.reduce((n, s) => n + s.subtopics.length, 0),
    /** Dashboard, then Skills, timed. */
    show: async () => {
      await page.getByRole('link', { name: 'Dashboard' }).click()
      await page.getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor()
      return page.evaluate(showSkills, rows)
    },
    /** One tick, timed; then the save is let through before the next one. */
    tick: async () => {
      const ms = await page.evaluate(tickFirst)
      await page.waitForTimeout(60)
      return ms
    },
    close: async () => {
      await close()
      await core.close()
    },
  }
}

/** Figure 6: a curriculum of 300 skills and 3,000 sub-topics keeps the Skills view about as quick as the built-in one. */
export const bigCurriculumBench: BenchModule = {
  name: 'big-curriculum',
  async run(ctx) {
    const names = [
      'showing Skills, 300 skills / built-in curriculum',
      'ticking a sub-topic, 300 skills / built-in curriculum',
    ]
    if (missingChannels(['curriculum:edit']).length > 0) {
      for (const name of names) ctx.report.skip(name, 'needs the curriculum in the data file', '<= 3x')
      return
    }
    const small = await side(ctx, 'big-curriculum-default', appStateSchema.parse({ schemaVersion: SCHEMA_VERSION }))
    const big = await side(ctx, 'big-curriculum-300', bigCurriculumState())
    try {
      const rounds = ctx.quick ? 6 : 15
      const shows = await interleaved(rounds, big.show, small.show)
      const ticks = await interleaved(rounds * 2, big.tick, small.tick)
      const sizes = `${big.rows} skills and ${big.subtopics} sub-topics against ${small.rows} and ${small.subtopics}`
      for (const [name, samples] of [
        [names[0]!, shows],
        [names[1]!, ticks],
      ] as const) {
        const [a, b] = [median(samples.a), median(samples.b)]
        ctx.report.figure({
          name,
          value: a / b,
          unit: 'x',
          target: 3,
          comparison: 'at-most',
          noisy: true,
          detail: `${a.toFixed(1)} ms / ${b.toFixed(1)} ms, medians of ${samples.a.length}; ${sizes}`,
        })
      }
    } finally {
      await big.close()
      await small.close()
    }
  },
}
