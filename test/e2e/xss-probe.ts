import { expect, type Browser, type Page } from '@playwright/test'
import { XSS_CORPUS, XSS_FLAG } from '../support/xss-corpus'

/** What the probe saw in a page: the flag, dialogs, and the CSP's own reports. */
export interface XssReport {
  flag: unknown
  violations: Array<{ directive: string; blocked: string }>
  dialogs: string[]
  url: string
}

/** Watches a page for dialogs and CSP violations; call before putting payloads on screen. */
export async function installXssProbe(page: Page): Promise<{ read(): Promise<XssReport> }> {
  const dialogs: string[] = []
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`)
    void dialog.dismiss().catch(() => undefined)
  })
  const listen = (): void => {
    const w = window as unknown as { __cspViolations?: Array<{ directive: string; blocked: string }> }
    if (w.__cspViolations) return
    const seen: Array<{ directive: string; blocked: string }> = []
    w.__cspViolations = seen
    document.addEventListener(
      'securitypolicyviolation',
      (e) => void seen.push({ directive: e.effectiveDirective, blocked: e.blockedURI }),
      true,
    )
  }
  await page.addInitScript(listen)
  await page.evaluate(listen)
  return {
    async read() {
      const inPage = await page.evaluate((flag) => {
        const w = window as unknown as Record<string, unknown>
        const top = window.top as unknown as Record<string, unknown> | null
        return {
          flag: w[flag] ?? top?.[flag],
          violations: (w.__cspViolations ?? []) as Array<{ directive: string; blocked: string }>,
        }
      }, XSS_FLAG)
      return { ...inPage, dialogs: [...dialogs], url: page.url() }
    },
  }
}

/**
 * Triggers what a person might do to the elements under `selector`: focus, hover, click
 * (javascript: links included; other links are kept from navigating the test page away).
 * With `clickControls: false` the app's own buttons and form fields get the events (which fire
 * any inline handler on them) but no real click, so exercising a view does not delete or edit data.
 */
export async function exerciseRegion(
  page: Page,
  selector: string,
  { clickControls = true }: { clickControls?: boolean } = {},
): Promise<void> {
  await page.evaluate(
    async ([sel, clickControls]) => {
      const root = document.querySelector(sel)
      if (!root) throw new Error(`no element matches ${sel}`)
      const keepHere = (e: Event): void => {
        const link = (e.target as Element | null)?.closest?.('a[href], area[href]') as HTMLAnchorElement | null
        if (link && !/^\s*javascript:/i.test(link.getAttribute('href') ?? '')) e.preventDefault()
      }
      root.addEventListener('click', keepHere, true)
      for (const el of Array.from(root.querySelectorAll('*'))) {
        for (const type of ['mouseover', 'focus', 'click', 'toggle', 'error', 'load'])
          el.dispatchEvent(new Event(type, { bubbles: false }))
        if (
          el instanceof HTMLElement &&
          (clickControls || !el.matches('button, input, select, textarea, label, [role="button"]'))
        )
          el.click()
      }
      // Give image errors, SVG animations and frames a moment to fire their handlers.
      await new Promise((done) => setTimeout(done, 80))
      root.removeEventListener('click', keepHere, true)
    },
    [selector, clickControls] as const,
  )
}

/**
 * Puts one payload into a test-only container twice: through innerHTML (handlers run, scripts
 * do not) and through createContextualFragment (its scripts would run), then exercises it.
 */
export async function injectPayload(page: Page, payload: string): Promise<void> {
  await page.evaluate((html) => {
    document.getElementById('xss-probe')?.remove()
    const box = document.createElement('div')
    box.id = 'xss-probe'
    box.setAttribute('aria-hidden', 'true')
    const viaInnerHtml = document.createElement('div')
    viaInnerHtml.innerHTML = html
    box.append(viaInnerHtml, document.createRange().createContextualFragment(html))
    document.body.append(box)
  }, payload)
  await exerciseRegion(page, '#xss-probe')
  await page.evaluate(() => document.getElementById('xss-probe')?.remove())
}

/** Runs the whole corpus through the DOM of `page`; returns how many payloads set the flag or opened a dialog. */
export async function runCorpusInDom(page: Page): Promise<{ ran: string[]; report: XssReport }> {
  const probe = await installXssProbe(page)
  const ran: string[] = []
  for (const { name, payload } of XSS_CORPUS) {
    const before = (await probe.read()).dialogs.length
    await injectPayload(page, payload)
    const now = await probe.read()
    if (now.flag !== undefined || now.dialogs.length > before) ran.push(name)
    await page.evaluate((flag) => {
      delete (window as unknown as Record<string, unknown>)[flag]
    }, XSS_FLAG)
  }
  return { ran, report: await probe.read() }
}

/**
 * Asserts an exported HTML document is inert on its own: opened in a plain page with script
 * enabled and no CSP (as a browser would open the saved file), nothing sets the flag or opens a dialog.
 */
export async function expectInertHtml(browser: Browser, html: string): Promise<void> {
  const page = await browser.newPage()
  try {
    const probe = await installXssProbe(page)
    await page.setContent(html, { waitUntil: 'load' })
    await exerciseRegion(page, 'html')
    const report = await probe.read()
    expect(report.flag, 'a payload ran in the exported HTML').toBeUndefined()
    expect(report.dialogs, 'a payload opened a dialog in the exported HTML').toEqual([])
  } finally {
    await page.close()
  }
}

/** Elements or attributes that could run script, under `selector`; escaped text leaves none. */
export function scriptCarriers(page: Page, selector: string): Promise<number> {
  return page.evaluate((sel) => {
    const root = document.querySelector(sel)
    if (!root) throw new Error(`no element matches ${sel}`)
    const risky = root.querySelectorAll(
      'script, iframe, object, embed, svg script, base, meta, a[href^="javascript" i], form[action], [srcdoc]',
    )
    const handlers = [...root.querySelectorAll('*')].filter((el) =>
      [...el.attributes].some((attr) => /^on/i.test(attr.name)),
    )
    return risky.length + handlers.length
  }, selector)
}
