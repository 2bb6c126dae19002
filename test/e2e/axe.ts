import { expect, type Page } from '@playwright/test'
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js')

/** One rule axe found broken, and where. */
export interface Violation {
  id: string
  impact: string | null
  help: string
  nodes: Array<{ target: unknown[]; failureSummary?: string }>
}

/** Runs axe on the page (WCAG 2.1 A and AA rules) and answers the serious and critical violations. */
export async function seriousViolations(page: Page): Promise<Violation[]> {
  const loaded = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe === 'object')
  if (!loaded) {
    // Evaluated over the DevTools protocol, so the page's CSP (no inline script) does not block it.
    await page.evaluate(await readFile(axePath, 'utf8'))
  }
  expect(await page.evaluate(() => (window as unknown as { axe: { version: string } }).axe.version)).toMatch(/^4\./)
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run(context: Document, options: object): Promise<{ violations: unknown[]; passes: unknown[] }> }
      }
    ).axe
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
      resultTypes: ['violations'],
    })
    return { violations: result.violations as Violation[], passes: result.passes.length }
  })
  // axe really ran: a page with content passes some rules.
  expect(violations.passes).toBeGreaterThan(0)
  return violations.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
}

/** Violations as one readable line each, for an assertion's message. */
export const describeViolations = (violations: Violation[]): string[] =>
  violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`,
  )
