import type { Browser } from '@playwright/test'
import type { Core } from '../../src/main/core'
import { connectApi, type StaticServer } from '../../test/e2e/harness'

/** Start of the console message a page sends when it is ready, followed by the time. */
const READY_MESSAGE = 'groundwork-bench-ready '

/** What marks a page as ready: the app's first status control usable, or the baseline's root mounted. */
export type ReadyMarker = 'skills-checklist' | 'empty-root'

/**
 * Records performance.now() (ms since navigation start) the moment the marker appears.
 * Written without named inner functions: tsx would wrap them in a helper the page lacks.
 */
function watchReady(marker: ReadyMarker): void {
  const w = window as unknown as { __benchReady?: number }
  const observer = new MutationObserver(() => {
    if (w.__benchReady !== undefined) return
    // Interactive: the first status combobox exists, is enabled and is being rendered.
    const select = marker === 'skills-checklist' ? document.querySelector('select') : null
    const isReady =
      marker === 'empty-root'
        ? document.querySelector('#root > *') !== null
        : select !== null && !select.disabled && select.checkVisibility()
    if (isReady) {
      w.__benchReady = performance.now()
      observer.disconnect()
      // Reported as a console message, so the test side waits without running anything in the page.
      console.debug(`groundwork-bench-ready ${w.__benchReady}`)
    }
  })
  observer.observe(document, { childList: true, subtree: true, attributes: true })
}

/**
 * Opens `url` in a fresh browser context (cold cache, like a fresh start), with window.api
 * wired to `core` as the harness does, and returns ms from navigation start to the marker.
 */
export async function timeToReady(
  browser: Browser,
  server: StaticServer,
  core: Core,
  marker: ReadyMarker,
): Promise<number> {
  const context = await browser.newContext()
  try {
    const page = await context.newPage()
    // Both pages get the same window.api wiring, so the init scripts cost them alike.
    await connectApi(page, core, server)
    await page.addInitScript(watchReady, marker)
    // Playwright's own waiting (waitForFunction, waitForSelector) injects and runs its script in
    // the page, which would land in the middle of a slower page's start and be timed with it.
    // A console message costs the page nothing and reaches us as a protocol event.
    const ready = page.waitForEvent('console', {
      predicate: (message) => message.text().startsWith(READY_MESSAGE),
      timeout: 30_000,
    })
    // The app opens on the Dashboard; #skills starts it on the checklist this figure is about.
    await page.goto(marker === 'skills-checklist' ? `${server.url}#skills` : server.url, { waitUntil: 'commit' })
    return Number((await ready).text().slice(READY_MESSAGE.length))
  } finally {
    await context.close()
  }
}
