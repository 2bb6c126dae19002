import { expect, test, type Locator, type Page } from '@playwright/test'
import { execFile } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { describeViolations, seriousViolations } from './axe'
import { launchApp, missingChromiumReason } from './harness'
import { testDay } from '../support/test-clock'

test.skip(!!missingChromiumReason(), missingChromiumReason() ?? '')

const run = promisify(execFile)

const JS = 'const users = await db.query("SELECT * FROM users") // all of them'
const SQL = "SELECT id, name FROM users WHERE active = true AND name LIKE 'a%';"
const NOTE = `# Queries\n\nFrom code:\n\n\`\`\`js\n${JS}\n\`\`\`\n\nBy hand:\n\n\`\`\`sql\n${SQL}\n\`\`\`\n`

/** The colour a token of the block is drawn in, and the block's own text colour. */
async function colours(block: Locator, token: string): Promise<{ token: string; text: string }> {
  return block.evaluate((element, selector) => {
    const code = element.querySelector('code')
    const span = element.querySelector(selector)
    if (!code || !span) throw new Error(`no ${selector} in the block`)
    return { token: getComputedStyle(span).color, text: getComputedStyle(code).color }
  }, `code ${token}`)
}

/** The code block under the given language label in the preview. */
function blockOf(preview: Locator, label: string): Locator {
  return preview.locator('.code-block').filter({ has: preview.page().getByText(label, { exact: true }) })
}

async function writeNote(page: Page): Promise<Locator> {
  await page.getByRole('link', { name: 'Skills' }).click()
  await page.getByRole('button', { name: 'Databases', exact: true }).click()
  await page.getByRole('textbox', { name: 'Notes', exact: true }).fill(NOTE)
  return page.getByRole('region', { name: 'Preview' })
}

test('code blocks in a note are labelled, highlighted in both themes and copied with their button', async () => {
  const app = await launchApp()
  const { page } = app
  const origin = new URL(page.url()).origin
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin })
  const preview = await writeNote(page)
  const js = blockOf(preview, 'JavaScript')
  const sql = blockOf(preview, 'SQL')
  await expect(js.locator('code .hljs-keyword').first()).toHaveText('const')
  await expect(sql.locator('code .hljs-keyword').first()).toHaveText('SELECT')
  await expect(js.locator('code')).toHaveText(JS)
  await expect(sql.locator('code')).toHaveText(SQL)

  const seen: Record<string, string[]> = {}
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme })
    const keyword = await colours(js, '.hljs-keyword')
    const string = await colours(js, '.hljs-string')
    const comment = await colours(js, '.hljs-comment')
    const sqlKeyword = await colours(sql, '.hljs-keyword')
    const sqlString = await colours(sql, '.hljs-string')
    // Keywords, strings and comments each have their own colour, none the plain text's.
    expect(new Set([keyword.token, string.token, comment.token, keyword.text]).size, scheme).toBe(4)
    expect(sqlKeyword.token, scheme).toBe(keyword.token)
    expect(sqlString.token, scheme).toBe(string.token)
    seen[scheme] = [keyword.token, string.token]
    expect(describeViolations(await seriousViolations(page)), `${scheme} theme`).toEqual([])
  }
  expect(seen.dark).not.toEqual(seen.light)

  // The copy buttons: reached and pressed from the keyboard, the clipboard then holds the code.
  const copySql = preview.getByRole('button', { name: 'Copy SQL code' })
  await copySql.focus()
  await page.keyboard.press('Enter')
  await expect(preview.getByRole('button', { name: 'Copied SQL code' })).toBeVisible()
  await expect(sql.getByRole('status')).toHaveText('SQL code copied to the clipboard.')
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(SQL)
  await preview.getByRole('button', { name: 'Copy JavaScript code' }).click()
  await expect(preview.getByRole('button', { name: 'Copied JavaScript code' })).toBeVisible()
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(JS)
  // The message goes after a moment; the button is ready again.
  await expect(preview.getByRole('button', { name: 'Copy SQL code' })).toBeVisible({ timeout: 5000 })
  expect(app.consoleErrors).toEqual([])
  await app.close()
})

test('the HTML export highlights code blocks under their labels, and the PDF keeps the code', async () => {
  const app = await launchApp()
  const { page, dataDir } = app
  await writeNote(page)
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible()
  await page.getByRole('link', { name: 'Reports' }).click()
  await page.getByRole('radio', { name: 'In full' }).check()
  // The report preview highlights too, with labels and no copy buttons.
  const notes = page.getByRole('article', { name: 'Report preview' }).getByRole('region', { name: 'Notes' })
  await expect(notes.locator('.code-block .hljs-keyword').first()).toHaveText('const')
  await expect(notes.getByRole('button')).toHaveCount(0)

  await page.getByRole('button', { name: 'Export HTML' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Saved to' })).toContainText('.html')
  const html = await readFile(join(dataDir, 'exports', `groundwork-report-${testDay()}.html`), 'utf8')
  expect(html).toContain('<span class="code-block-language">JavaScript</span>')
  expect(html).toContain('<span class="code-block-language">SQL</span>')
  expect(html).toContain('<code class="language-javascript hljs"><span class="hljs-keyword">const</span> users =')
  expect(html).toContain('<code class="language-sql hljs"><span class="hljs-keyword">SELECT</span> id, name')
  expect(html).toMatch(/\.hljs-keyword[^{]*\{ color: #[0-9a-f]{6}; \}/)
  expect(html).not.toContain('<button')

  await page.getByRole('button', { name: 'Export PDF' }).click()
  const pdf = join(dataDir, 'exports', `groundwork-report-${testDay()}.pdf`)
  await expect(page.getByRole('status').filter({ hasText: 'Saved to' })).toContainText(pdf)
  const { stdout } = await run('pdftotext', ['-layout', pdf, '-'])
  const flat = stdout.replace(/\s+/g, ' ')
  for (const text of ['JavaScript', JS, 'SQL', SQL]) expect(flat).toContain(text)
  expect(app.consoleErrors).toEqual([])
  await app.close()
})
