import { serveStatic, connectApi } from '../../test/e2e/harness'
import { openSettledCore } from '../lib/core'
import type { BenchModule } from '../lib/context'
import { missingChannels, NEEDS_NOTES } from '../lib/feature'
import { percentile } from '../lib/stats'

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

/** Figure 3c: typing in a note of the 5,000-note profile keeps each keystroke's work under a frame. */
export const typingBench: BenchModule = {
  name: 'typing',
  async run(ctx) {
    const name = 'typing in a note: p95 work per keystroke (5,000 notes)'
    if (missingChannels(['notes:get', 'notes:save']).length > 0) return ctx.report.skip(name, NEEDS_NOTES, '< 16 ms')
    const { dir } = await ctx.profileCopy('typing')
    const core = await openSettledCore(dir)
    const server = await serveStatic()
    const context = await (await ctx.browser()).newContext()
    try {
      const page = await context.newPage()
      await connectApi(page, core, server)
      await page.goto(`${server.url}#skills`)
      // Open Databases, its first note, and type into the note's Markdown editor.
      await page.getByRole('button', { name: 'Databases', exact: true }).click()
      await page.getByRole('list', { name: 'Notes on Databases' }).getByRole('button').first().click()
      const editor = page.getByRole('textbox', { name: 'Notes', exact: true })
      await editor.click()
      await page.evaluate(recordKeystrokes)
      await page.keyboard.type('Indexes speed up reads but every write must update them. '.repeat(ctx.quick ? 1 : 3), { delay: 30 })
      const keys = await page.evaluate(() => (window as unknown as { __keys: number[] }).__keys)
      ctx.report.figure({ name, value: percentile(keys, 95), unit: 'ms', target: 16, comparison: 'under', noisy: true, detail: `${keys.length} keystrokes` })
    } finally {
      await context.close()
      await server.close()
      await core.close()
    }
  },
}
