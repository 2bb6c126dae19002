import { expect, test, type Locator, type Page } from '@playwright/test'
import { execFile } from 'node:child_process'
import { mkdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { launchApp, missingChromiumReason } from './harness'
import { SCHEMES, SIZES } from './looks'
import { BROKEN_DIAGRAM, DIAGRAM_NOTE, DIAGRAMS } from '../support/diagram-notes'
import { testDay } from '../support/test-clock'

test.skip(!!missingChromiumReason(), missingChromiumReason() ?? '')

const run = promisify(execFile)
const SHOTS = '/tmp/diagrams-shots'

async function writeNote(page: Page, text: string): Promise<Locator> {
  await page.getByRole('link', { name: 'Skills' }).click()
  await page.getByRole('button', { name: 'APIs', exact: true }).click()
  await page.getByRole('textbox', { name: 'Notes', exact: true }).fill(text)
  return page.getByRole('region', { name: 'Preview' })
}

/** The diagram images in the preview, each with its natural width once decoded. */
function drawnImages(preview: Locator): Promise<Array<{ alt: string; width: number; src: string }>> {
  return preview.locator('.diagram-block img').evaluateAll((images) =>
    Promise.all(
      (images as HTMLImageElement[]).map(async (img) => {
        await img.decode()
        return { alt: img.alt, width: img.naturalWidth, src: img.src }
      }),
    ),
  )
}

test('the five kinds of diagram are drawn in the preview as images in either theme, and a broken one shows its error beside its source', async () => {
  const app = await launchApp()
  const { page } = app
  const preview = await writeNote(page, DIAGRAM_NOTE)
  await expect(preview.locator('.diagram-block img')).toHaveCount(DIAGRAMS.length, { timeout: 30_000 })
  const light = await drawnImages(preview)
  expect(light.map((image) => image.alt)).toEqual(
    DIAGRAMS.map(({ source }) => `Diagram: ${source.split('\n')[0] ?? ''}`),
  )
  for (const image of light) {
    expect(image.width, image.alt).toBeGreaterThan(0)
    expect(image.src.startsWith('data:image/svg+xml;base64,')).toBe(true)
  }
  // Never inlined: the page holds no SVG of a diagram, only images of them.
  expect(await preview.locator('svg').count()).toBe(0)

  const broken = preview.locator('.diagram-block').filter({ has: page.locator('.diagram-error') })
  await expect(broken).toHaveCount(1)
  await expect(broken.locator('.diagram-error p')).toHaveText('This diagram could not be drawn:')
  await expect(broken.locator('.diagram-error-detail')).toContainText('Parse error on line 3')
  await expect(broken.locator('pre')).toHaveText(BROKEN_DIAGRAM)

  // The dark theme draws them again in its colours.
  await page.emulateMedia({ colorScheme: 'dark' })
  await expect
    .poll(async () => (await drawnImages(preview)).filter((image, i) => image.src !== light[i]?.src).length, {
      timeout: 30_000,
    })
    .toBe(DIAGRAMS.length)
  await page.emulateMedia({ colorScheme: 'light' })

  await mkdir(SHOTS, { recursive: true })
  for (const size of SIZES)
    for (const scheme of SCHEMES) {
      await page.setViewportSize(size)
      await page.emulateMedia({ colorScheme: scheme })
      const first = preview.locator('.diagram-block').first()
      await first.scrollIntoViewIfNeeded()
      await expect(preview.locator('.diagram-pending')).toHaveCount(0, { timeout: 30_000 })
      await page.screenshot({ path: join(SHOTS, `preview-${size.width}x${size.height}-${scheme}.png`) })
      await broken.scrollIntoViewIfNeeded()
      await page.screenshot({ path: join(SHOTS, `broken-${size.width}x${size.height}-${scheme}.png`) })
    }
  expect(app.consoleErrors).toEqual([])
  await app.close()
})

test('an exported report shows the diagrams as images in its HTML and its PDF pages', async () => {
  const app = await launchApp()
  const { page, dataDir } = app
  await writeNote(page, DIAGRAM_NOTE)
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible()
  await page.getByRole('link', { name: 'Reports' }).click()
  await page.getByRole('radio', { name: 'In full' }).check()

  await page.getByRole('button', { name: 'Export HTML' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Saved to' })).toContainText('.html', { timeout: 60_000 })
  const html = await readFile(join(dataDir, 'exports', `groundwork-report-${testDay()}.html`), 'utf8')
  expect(html.match(/<img src="data:image\/svg\+xml;base64,/g)).toHaveLength(DIAGRAMS.length)
  expect(html).toMatch(/This diagram could not be drawn:<\/p><code class="diagram-error-detail">Parse error on line 3/)
  expect(html).not.toMatch(/<svg/i)

  await page.getByRole('button', { name: 'Export PDF' }).click()
  const pdf = join(dataDir, 'exports', `groundwork-report-${testDay()}.pdf`)
  await expect(page.getByRole('status').filter({ hasText: 'Saved to' })).toContainText(pdf, { timeout: 60_000 })
  // The diagrams' labels are drawn in the PDF (as the pictures' text), not printed as their sources.
  const { stdout } = await run('pdftotext', ['-layout', pdf, '-'])
  const flat = stdout.replace(/\s+/g, ' ')
  for (const label of ['API server', 'In cache?', 'POST /login', 'ORDER_LINE', 'UserRepository', 'payment received'])
    expect(flat).toContain(label)
  expect(flat).not.toContain('-->|HTTP|')
  expect(flat).toContain(BROKEN_DIAGRAM.replace(/\s+/g, ' '))
  await mkdir(SHOTS, { recursive: true })
  await run('pdftoppm', ['-png', '-r', '60', pdf, join(SHOTS, 'report-pdf')])
  expect(app.consoleErrors).toEqual([])
  await app.close()
})
