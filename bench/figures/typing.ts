import type { Page } from '@playwright/test'
import { openSettledCore } from '../lib/core'
import { withAppPage } from '../lib/app-page'
import type { BenchModule } from '../lib/context'
import { missingChannels, NEEDS_NOTES } from '../lib/feature'
import { percentile } from '../lib/stats'
import type { Core } from '../../src/main/core'

/**
 * Per keystroke, the main-thread time from keydown until the task that handles it (with React's
 * synchronous update of the editor) is done: a message posted at keydown runs right after it.
 * No named inner functions: tsx would wrap them in a helper the page does not have.
 */
function recordKeystrokes(): void {
  const w = window as unknown as { __keys: number[] }
  w.__keys = []
  const channel = new MessageChannel()
  let started = 0
  channel.port1.onmessage = () => void w.__keys.push(performance.now() - started)
  window.addEventListener(
    'keydown',
    () => {
      started = performance.now()
      channel.port2.postMessage(null)
    },
    { capture: true },
  )
}

/** Makes the newest Databases note a long one (the four longest bodies of the skill, about 25 KB), so it opens first. */
async function makeLongNote(core: Core): Promise<number> {
  let chars = 0
  await core.store.update((state) => {
    const notes = Object.values(state.notes).filter((note) => note.skillId === 'databases')
    const longest = [...notes].sort((a, b) => b.body.length - a.body.length).slice(0, 4)
    const newest = notes.reduce((a, b) => (a.createdAt > b.createdAt ? a : b))
    newest.body = longest.map((note) => note.body).join('\n\n')
    chars = newest.body.length
  })
  return chars
}

/** Types one sentence (or three) into the open note with the editor in `mode`; answers each keystroke's work in ms. */
async function typeIn(page: Page, mode: 'Split' | 'Edit', sentences: number): Promise<number[]> {
  await page.getByRole('radio', { name: mode }).check()
  const editor = page.getByRole('textbox', { name: 'Notes', exact: true })
  await editor.click()
  await page.keyboard.press('Control+End')
  // The preview of a long note takes a moment to show: keystrokes are timed once it is there.
  if (mode === 'Split') await page.getByRole('region', { name: 'Preview' }).locator('.markdown-body').waitFor()
  await page.evaluate(() => ((window as unknown as { __keys: number[] }).__keys = []))
  await page.keyboard.type(' Indexes speed up reads but every write must update them.'.repeat(sentences), { delay: 30 })
  return page.evaluate(() => (window as unknown as { __keys: number[] }).__keys)
}

/**
 * Figure 3c: typing in a long note of the 5,000-note profile costs about as much with its preview
 * beside the editor as without it (the preview renders deferred, so keystrokes do not wait for it).
 */
export const typingBench: BenchModule = {
  name: 'typing',
  async run(ctx) {
    const name = 'typing in a long note, p95 per keystroke: preview shown / hidden'
    if (missingChannels(['notes:get', 'notes:save', 'settings:setWorkspace']).length > 0) return ctx.report.skip(name, NEEDS_NOTES, '<= 1.25x')
    const { dir } = await ctx.profileCopy('typing')
    const core = await openSettledCore(dir)
    try {
      const chars = await makeLongNote(core)
      await withAppPage(ctx, core, async (page) => {
        await page.getByRole('button', { name: 'Databases', exact: true }).click()
        await page.getByRole('list', { name: 'Notes on Databases' }).getByRole('button').first().click()
        await page.evaluate(recordKeystrokes)
        // Interleaved, after one untimed round of each: shown, hidden, hidden, shown, ...
        await typeIn(page, 'Split', 1)
        await typeIn(page, 'Edit', 1)
        const shown: number[] = []
        const hidden: number[] = []
        const rounds = ctx.quick ? 2 : 4
        for (let round = 0; round < rounds; round += 1) {
          const order = round % 2 === 0 ? (['Split', 'Edit'] as const) : (['Edit', 'Split'] as const)
          for (const mode of order) (mode === 'Split' ? shown : hidden).push(...(await typeIn(page, mode, ctx.quick ? 1 : 2)))
        }
        const [withPreview, without] = [percentile(shown, 95), percentile(hidden, 95)]
        ctx.report.figure({
          name,
          value: withPreview / without,
          unit: 'x',
          target: 1.25,
          comparison: 'at-most',
          noisy: true,
          detail: `${withPreview.toFixed(1)} ms / ${without.toFixed(1)} ms; ${shown.length} + ${hidden.length} keystrokes in a ${(chars / 1024).toFixed(0)} KB note`,
        })
      })
    } finally {
      await core.close()
    }
  },
}
