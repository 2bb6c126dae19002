import { expect, test, type Page } from '@playwright/test'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { launchApp, missingChromiumReason } from './harness'
import { exerciseRegion, expectInertHtml, installXssProbe, scriptCarriers } from './xss-probe'
import { mermaidFence } from '../support/diagram-notes'
import { XSS_FLAG } from '../support/xss-corpus'
import { testDay } from '../support/test-clock'

test.skip(!!missingChromiumReason(), missingChromiumReason() ?? '')

const RUN = `top.${XSS_FLAG}=1`
/** Mermaid blocks that try to run script: click callbacks and links, <script>, javascript: links, HTML labels, a directive loosening security, CSS that fetches. */
const PROBES = [
  `flowchart LR\n  A[Start] --> B[Next] --> C[Third] --> D[Last]\n  click A callback "tip"\n  click B call ${RUN}\n  click C href "javascript:${RUN}"\n  click D "javascript:alert(1)"`,
  `flowchart TD\n  P["<img src=x onerror='${RUN}'>"] --> Q["<script>${RUN}</script>"]\n  Q --> R["<a href='javascript:${RUN}'>link</a>"]`,
  `%%{init: {"securityLevel": "loose", "htmlLabels": true, "flowchart": {"htmlLabels": true}, "themeCSS": "@import url(https://example.org/x.css);"}}%%\nflowchart LR\n  L["<b onmouseover='${RUN}'>bold</b>"] --> M\n  click L call ${RUN}`,
  `sequenceDiagram\n  participant Alice\n  link Alice: Home @ javascript:${RUN}\n  Alice->>Bob: <script>${RUN}</script>\n  Note over Alice: <img src=x onerror=${RUN}>`,
  `classDiagram\n  class Repo\n  click Repo href "javascript:${RUN}" "tip"\n  callback Repo "${RUN}"`,
  `stateDiagram-v2\n  state "<img src=x onerror=${RUN}>" as S1\n  [*] --> S1`,
]
const NOTE = ['Probes:', ...PROBES.map(mermaidFence)].join('\n\n')

/** What each drawn image holds, decoded from its data URL. */
function imageSvgs(page: Page): Promise<string[]> {
  return page
    .locator('.note-preview .diagram-block img')
    .evaluateAll((images) => (images as HTMLImageElement[]).map((img) => img.src))
    .then((urls) => urls.map((url) => Buffer.from(url.slice(url.indexOf(',') + 1), 'base64').toString('utf8')))
}

test('Mermaid blocks that try to run script are drawn inert: nothing runs in the app or the diagram page, and the images hold no script, handler or outside link', async () => {
  const app = await launchApp()
  const { page, dataDir } = app
  const probe = await installXssProbe(page)
  await page.getByRole('link', { name: 'Skills' }).click()
  await page.getByRole('button', { name: 'APIs', exact: true }).click()
  await page.getByRole('textbox', { name: 'Notes', exact: true }).fill(NOTE)
  const preview = page.getByRole('region', { name: 'Preview' })
  const blocks = preview.locator('.diagram-block')
  await expect(blocks).toHaveCount(PROBES.length)
  // Every probe is answered: drawn, or its error beside its source (never left waiting, never blank).
  await expect(blocks.filter({ has: page.locator('img, .diagram-error') })).toHaveCount(PROBES.length, {
    timeout: 30_000,
  })
  await expect(preview.locator('.diagram-pending')).toHaveCount(0)
  const svgs = await imageSvgs(page)
  console.log(`diagrams-xss: probes=${PROBES.length} drawn=${svgs.length} errors=${PROBES.length - svgs.length}`)
  expect(svgs.length).toBeGreaterThanOrEqual(4)
  // Read as XML (which runs nothing), in a blank page of its own (the app's CSP would report the parsed style attributes):
  // no risky element, no handler attribute, no link out of the picture, no CSS that fetches.
  const browser = page.context().browser()
  if (!browser) throw new Error('no browser')
  const scratch = await browser.newPage()
  const risks = await scratch.evaluate(
    (list) =>
      list.flatMap((svg) => {
        const doc = new DOMParser().parseFromString(svg, 'image/svg+xml')
        if (doc.querySelector('parsererror')) return ['not well-formed']
        return [...doc.querySelectorAll('*')].flatMap((el) => [
          ...(/^(script|foreignObject|iframe|image|object|embed)$/i.test(el.localName) ? [`<${el.localName}>`] : []),
          ...[...el.attributes]
            .filter((a) => /^on/i.test(a.localName) || (a.localName === 'href' && !a.value.startsWith('#')))
            .map((a) => `${el.localName} ${a.name}="${a.value}"`),
          ...(el.localName === 'style' && /@import|url\(\s*['"]?(?!#)/i.test(el.textContent) ? ['fetching CSS'] : []),
        ])
      }),
    svgs,
  )
  await scratch.close()
  expect(risks).toEqual([])
  // Hover, focus and click everything in the preview, the images included.
  await exerciseRegion(page, '.note-preview', { clickControls: false })

  const report = await probe.read()
  expect(report.flag).toBeUndefined()
  expect(report.dialogs).toEqual([])
  expect(report.violations).toEqual([])
  expect(await scriptCarriers(page, '.note-preview')).toBe(0)
  expect(await page.locator('.note-preview svg, .note-preview foreignObject').count()).toBe(0)
  expect(app.consoleErrors).toEqual([])

  // The hidden page that drew them ran none of it either.
  const diagramPages = (page.context().browser()?.contexts() ?? [])
    .flatMap((context) => context.pages())
    .filter((other) => other.url().endsWith('/diagram.html'))
  expect(diagramPages).toHaveLength(1)
  expect(
    await diagramPages[0]?.evaluate((flag) => (window as unknown as Record<string, unknown>)[flag], XSS_FLAG),
  ).toBeUndefined()
  expect(await diagramPages[0]?.evaluate(() => document.querySelectorAll('script:not([src])').length)).toBe(0)

  // And the exported report, opened as a saved file with script enabled and no CSP, is inert too.
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible()
  await page.getByRole('link', { name: 'Reports' }).click()
  await page.getByRole('radio', { name: 'In full' }).check()
  await page.getByRole('button', { name: 'Export HTML' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Saved to' })).toContainText('.html', { timeout: 60_000 })
  const html = await readFile(join(dataDir, 'exports', `groundwork-report-${testDay()}.html`), 'utf8')
  expect(html).not.toMatch(/<svg|<foreignObject/i)
  await expectInertHtml(browser, html)
  await app.close()
})
