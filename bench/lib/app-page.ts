import type { Page } from '@playwright/test'
import { connectApi, serveStatic } from '../../test/e2e/harness'
import type { Core } from '../../src/main/core'
import type { BenchContext } from './context'

/**
 * Runs `work` on the built app in a fresh page of the shared Chromium, its window.api wired to
 * `core` as in the e2e harness, at 1280x800; closes the page and the server afterwards.
 */
export async function withAppPage<T>(ctx: BenchContext, core: Core, work: (page: Page) => Promise<T>): Promise<T> {
  const server = await serveStatic()
  const context = await (await ctx.browser()).newContext({ viewport: { width: 1280, height: 800 } })
  try {
    const page = await context.newPage()
    await connectApi(page, core, server)
    await page.goto(`${server.url}#skills`)
    return await work(page)
  } finally {
    await context.close()
    await server.close()
  }
}
