import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { openSettledCore } from '../lib/core'
import { withAppPage } from '../lib/app-page'
import type { BenchModule } from '../lib/context'
import { missingChannels, NEEDS_NOTES } from '../lib/feature'
import { median, percentile } from '../lib/stats'
import { generateProfile } from '../profile'
import { DATA_FILE } from '../../src/main/store/data-store'

/**
 * Scrolls the note list's box by `step` px each frame for `frames` frames and answers each
 * frame's main-thread work in ms: from its first scroll event (which the browser dispatches at the
 * start of the frame, before rAF; the list's React update runs in it), or from rAF when nothing
 * scrolled, until a message posted in rAF runs, i.e. after style, layout and paint. Measured
 * with performance.now() inside the frame, not the frame's timestamp, so the wait for a busy CPU
 * before the frame starts is not counted as the app's work.
 * No named inner functions: tsx would wrap them in a helper the page does not have.
 */
function scrollFrames([frames, step]: [number, number]): Promise<number[]> {
  const box = document.querySelector('.note-list-scroll')
  if (!box) throw new Error('no note list on the page')
  const work: number[] = []
  const channel = new MessageChannel()
  let scrolled: number | null = null
  const stop = new AbortController()
  window.addEventListener('scroll', () => void (scrolled ??= performance.now()), { capture: true, signal: stop.signal })
  return new Promise((resolve) => {
    let started = 0
    let left = frames
    channel.port1.onmessage = () => {
      work.push(performance.now() - started)
      if (--left <= 0) {
        stop.abort()
        return resolve(work)
      }
      requestAnimationFrame(() => {
        started = scrolled ?? performance.now()
        scrolled = null
        box.scrollTop += step
        channel.port2.postMessage(null)
      })
    }
    requestAnimationFrame(() => {
      started = performance.now()
      box.scrollTop += step
      channel.port2.postMessage(null)
    })
  })
}

/** Figure 3d: scrolling a skill's 1,000-note list keeps each frame's work under 16 ms (p95). */
export const noteScrollBench: BenchModule = {
  name: 'note-scroll',
  async run(ctx) {
    const name = 'scrolling a 1,000-note list: p95 work per frame'
    if (missingChannels(['notes:list', 'settings:setWorkspace']).length > 0)
      return ctx.report.skip(name, NEEDS_NOTES, '< 16 ms')
    // The generated profile's notes, all on Databases.
    const dir = await ctx.folder('note-scroll')
    const state = generateProfile({ notes: 1000, seed: 20240602, meanBodyChars: 600 })
    for (const note of Object.values(state.notes)) note.skillId = 'databases'
    await writeFile(join(dir, DATA_FILE), JSON.stringify(state))
    const core = await openSettledCore(dir)
    try {
      await withAppPage(ctx, core, async (page) => {
        await page.getByRole('button', { name: 'Databases', exact: true }).click()
        await page.getByRole('list', { name: 'Notes on Databases' }).getByRole('button').first().waitFor()
        // About five rows a frame: new rows come in on every frame, down the list and back up.
        const frames = ctx.quick ? 120 : 240
        await page.evaluate(scrollFrames, [20, 180] as [number, number])
        // The floor beside it: the same frames with nothing scrolled, so a loaded machine shows as such.
        const idle: number[] = []
        const work: number[] = []
        for (const step of [180, -180]) {
          idle.push(...(await page.evaluate(scrollFrames, [frames / 4, 0] as [number, number])))
          work.push(...(await page.evaluate(scrollFrames, [frames / 2, step] as [number, number])))
        }
        const rows = await page.getByRole('list', { name: 'Notes on Databases' }).getByRole('listitem').count()
        const detail = `median ${median(work).toFixed(1)} ms, ${work.length} frames, ${rows} rows in the page at the end; frames with nothing scrolled ${percentile(idle, 95).toFixed(1)} ms p95`
        ctx.report.figure({
          name,
          value: percentile(work, 95),
          unit: 'ms',
          target: 16,
          comparison: 'under',
          noisy: true,
          detail,
        })
      })
    } finally {
      await core.close()
    }
  },
}
