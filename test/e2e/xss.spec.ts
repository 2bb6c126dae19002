import { expect, test } from '@playwright/test'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { launchApp, missingChromiumReason, type LaunchedApp } from './harness'
import { expectNoteText } from './note-text'
import { exerciseRegion, expectInertHtml, installXssProbe, runCorpusInDom, scriptCarriers } from './xss-probe'
import { appStateSchema, SCHEMA_VERSION } from '../../src/shared/model'
import { PATH_SAFE_XSS, XSS_CORPUS } from '../support/xss-corpus'
import { withKeys } from '../../src/shared/order/ordered'

test.skip(!!missingChromiumReason(), missingChromiumReason() ?? '')

const PAYLOADS = XSS_CORPUS.map(({ payload }) => payload)
/** Payloads per note body: a handful of notes carry the whole corpus, so few renders are needed. */
const PER_BODY = 15
/** And the whole corpus as code, in fences the highlighter knows (HTML, JavaScript) and one it does not: still text, now in highlight spans. */
const FENCED = ['html', 'js', 'elixir'].map((language) => `\`\`\`\`${language}\n${PAYLOADS.join('\n')}\n\`\`\`\``)
const BODIES = [
  ...Array.from({ length: Math.ceil(PAYLOADS.length / PER_BODY) }, (_, i) =>
    PAYLOADS.slice(i * PER_BODY, (i + 1) * PER_BODY).join('\n\n'),
  ),
  ...FENCED,
]
const WEB_LINK = 'https://example.org/shop?q="><script>top.__xss=1</script>'
const ENTRY_GOALS = [
  'entry-one-language',
  'entry-relational-database',
  'entry-git-basics',
  'entry-framework',
  'entry-rest-api',
  'entry-lifecycle',
  'entry-debugging',
  'entry-teamwork',
]

/** Reads the probe and asserts nothing ran, no dialog opened, and no markup reached the DOM (so the CSP had nothing to block). */
async function expectNothingRan(
  app: LaunchedApp,
  probe: Awaited<ReturnType<typeof installXssProbe>>,
  target: string,
  shown: number,
): Promise<void> {
  const report = await probe.read()
  const external = app.openedExternally.filter((url) => !/^https?:\/\//.test(url))
  console.log(
    `xss: target="${target}" payloads=${PAYLOADS.length} rendered=${shown} ran=${report.flag === undefined ? 0 : 'some'} dialogs=${report.dialogs.length} cspViolations=${report.violations.length} nonWebOpened=${external.length}`,
  )
  expect(report.flag).toBeUndefined()
  expect(report.dialogs).toEqual([])
  expect(report.violations).toEqual([])
  expect(external).toEqual([])
  expect(app.consoleErrors.filter((m) => /Content Security Policy/i.test(m))).toEqual([])
}

/** Shows every note on APIs: the list of titles, then each note that carries a batch of payloads as its body. */
async function renderNotes(app: LaunchedApp, bodies: string[]): Promise<number> {
  const { page } = app
  await page.getByRole('link', { name: 'Skills' }).click()
  await page.getByRole('button', { name: 'APIs', exact: true }).click()
  const list = page.getByRole('list', { name: 'Notes on APIs' })
  // The list is virtualized: it says how many notes it holds, and scrolling it through shows every one.
  await expect(list.getByRole('listitem').first()).toHaveAttribute('aria-setsize', String(PAYLOADS.length))
  const seen = new Set<string>()
  for (let step = 0; step < PAYLOADS.length; step += 1) {
    for (const id of await list
      .locator('button[data-note-id]')
      .evaluateAll((buttons) => buttons.map((b) => (b as HTMLElement).dataset.noteId ?? '')))
      seen.add(id)
    expect(await scriptCarriers(page, 'ul.note-list')).toBe(0)
    if (seen.size >= PAYLOADS.length) break
    await page.locator('.note-list-scroll').evaluate((el) => el.scrollBy(0, el.clientHeight))
    await page.waitForTimeout(50)
  }
  expect(seen.size).toBe(PAYLOADS.length)
  await page.locator('.note-list-scroll').evaluate((el) => el.scrollTo(0, 0))
  // The batch notes are the newest, so they head the list (newest first).
  for (const [i, body] of bodies.entries()) {
    await list
      .getByRole('button')
      .nth(bodies.length - 1 - i)
      .click()
    await expectNoteText(page, body)
    const preview = page.getByRole('region', { name: 'Preview' })
    await expect(preview.locator('.markdown, p, pre, ul, div').first()).toBeVisible()
    // A fence in a known language is checked once highlighted (the highlighter arrives a moment after the text).
    if (/^````(html|js)\n/.test(body)) await expect(preview.locator('code.hljs span').first()).toBeVisible()
    expect(await scriptCarriers(page, 'section.note-preview')).toBe(0)
    await exerciseRegion(page, 'section.note-preview')
  }
  await exerciseRegion(page, 'ul.note-list', { clickControls: false })
  return bodies.length
}

/** Shows the own goals on the Dashboard (next up, once the built-in goals are ticked) and the Levels view. */
async function renderGoals(app: LaunchedApp): Promise<void> {
  const { page } = app
  await page.getByRole('link', { name: 'Dashboard' }).click()
  await expect(page.locator('main')).toContainText(PAYLOADS[0]!)
  expect(await scriptCarriers(page, 'main')).toBe(0)
  await exerciseRegion(page, 'main', { clickControls: false })
  await page.getByRole('link', { name: 'Levels' }).click()
  // The goals sit in the Entry level: open it if it is closed, before anything is checked.
  const show = page.getByRole('button', { name: 'Show Entry level goals' })
  if (await show.isVisible()) await show.click()
  await expect(page.getByRole('button', { name: 'Hide Entry level goals' })).toHaveAttribute('aria-expanded', 'true')
  const own = page.getByRole('list', { name: 'Your own goals for Entry level' })
  await expect(own.getByRole('listitem')).toHaveCount(PAYLOADS.length)
  expect(await scriptCarriers(page, 'main')).toBe(0)
  await exerciseRegion(page, 'main', { clickControls: false })
}

test('notes: every payload stored as a note title and body stays text in the list and the Markdown preview', async () => {
  const app = await launchApp()
  const { page } = app
  const probe = await installXssProbe(page)
  const started = Date.now()
  // Through the real channels: notes:create and notes:save. The batch notes come last (newest).
  await page.evaluate(
    async ({ payloads, bodies }) => {
      const ok = <T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
        if (!r.ok) throw new Error(r.error.message)
        return r.value
      }
      const store = async (title: string, body: string): Promise<void> => {
        const { id } = ok(await window.api.notes.create({ skillId: 'apis', title }))
        ok(await window.api.notes.save({ id, title, body }))
      }
      await Promise.all(payloads.slice(bodies.length).map((payload) => store(payload, payload)))
      for (const [i, body] of bodies.entries()) await store(payloads[i]!, body)
    },
    { payloads: PAYLOADS, bodies: BODIES },
  )
  // The renderer holds a copy of the state: a reload shows what main stored.
  await page.reload()
  const shown = await renderNotes(app, BODIES)
  await expectNothingRan(app, probe, 'notes', shown)
  console.log(`xss: notes took ${Date.now() - started} ms`)
  await app.close()
})

test('goal titles: every payload as an own goal stays text on the Levels view and the Dashboard', async () => {
  const app = await launchApp()
  const { page } = app
  const probe = await installXssProbe(page)
  await page.evaluate(
    async ({ payloads, builtIn }) => {
      for (const title of payloads) {
        const r = await window.api.levels.addGoal({ level: 'entry', title, skillIds: [] })
        if (!r.ok) throw new Error(`${title}: ${r.error.message}`)
      }
      // With the built-in goals ticked, "next up" on the Dashboard lists the learner's own goals.
      for (const goalId of builtIn) await window.api.levels.setGoalDone({ level: 'entry', goalId, done: true })
    },
    { payloads: PAYLOADS, builtIn: ENTRY_GOALS },
  )
  await page.reload()
  await renderGoals(app)
  await expectNothingRan(app, probe, 'goal titles', PAYLOADS.length)
  await app.close()
})

test('import fields: a backup full of payloads is imported through the Data view, shown in every view and exported as inert HTML', async () => {
  const dir = await mkdtempLike()
  const at = (i: number): string => new Date(Date.UTC(2026, 10, 1, 8, 0, i)).toISOString()
  // Note titles and bodies, own goal titles, evidence titles and links, own review cards.
  const notes = Object.fromEntries(
    PAYLOADS.map((payload, i) => {
      const batch = i >= PAYLOADS.length - BODIES.length ? PAYLOADS.length - 1 - i : -1
      return [
        `n-${i}`,
        {
          id: `n-${i}`,
          skillId: 'apis',
          title: payload,
          body: batch >= 0 ? BODIES[BODIES.length - 1 - batch]! : payload,
          createdAt: at(i),
          updatedAt: at(i),
        },
      ]
    }),
  )
  const backup = appStateSchema.parse({
    schemaVersion: SCHEMA_VERSION,
    notes,
    levels: {
      entry: {
        doneGoalIds: ENTRY_GOALS,
        customGoals: withKeys(PAYLOADS.map((title, i) => ({ id: `g-${i}`, title, skillIds: [], createdAt: at(i) }))),
      },
    },
    evidence: {
      apis: [
        ...PAYLOADS.map((payload, i) => ({
          id: `e-${i}`,
          url: payload,
          title: payload,
          kind: 'other',
          addedAt: at(i),
        })),
        // A real web link whose address and title both try to break out of the attribute.
        { id: 'e-web', url: WEB_LINK, title: PAYLOADS[3], kind: 'repo', addedAt: at(99) },
      ],
    },
    review: {
      custom: Object.fromEntries(
        PAYLOADS.map((payload, i) => [
          `c-${i}`,
          { id: `c-${i}`, skillId: 'apis', front: payload, back: payload, createdAt: at(i) },
        ]),
      ),
    },
  })
  const file = join(dir, 'payloads-backup.json')
  await writeFile(file, JSON.stringify(backup))

  const app = await launchApp()
  const { page } = app
  const probe = await installXssProbe(page)
  await page.getByRole('link', { name: 'Data', exact: true }).click()
  app.answerNextOpenDialog(file)
  await page.getByRole('button', { name: 'Import backup…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Import this backup?' })
  await expect(dialog).toContainText('payloads-backup.json')
  await dialog.getByRole('button', { name: 'Import and replace my data' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Your data was replaced' })).toBeVisible()

  // Batch notes: BODIES[k] sits on the k-th newest note.
  const shownNotes = await renderNotes(app, BODIES)
  await page.getByRole('link', { name: 'Study log' }).click()
  await page
    .getByRole('region', { name: 'Evidence', exact: true })
    .getByRole('combobox', { name: 'Skill' })
    .selectOption({ label: 'APIs' })
  const evidence = page.getByRole('region', { name: 'Evidence for APIs' })
  await expect(evidence.getByRole('listitem')).toHaveCount(PAYLOADS.length + 1)
  expect(await scriptCarriers(page, 'section.evidence')).toBe(0)
  await exerciseRegion(page, 'ul.evidence-list', { clickControls: false })
  // Opening an imported javascript: link goes through the confirmation, and main refuses it.
  await evidence
    .getByRole('button', { name: /^Open / })
    .nth(29)
    .click()
  await page.getByRole('button', { name: 'Open link' }).click()
  await expect(evidence.getByRole('alert')).toContainText('Only http and https links can be opened.')

  await renderGoals(app)
  await page.getByRole('link', { name: 'Review' }).click()
  const cards = page.getByRole('region', { name: 'Your cards' })
  await expect(cards.getByRole('listitem')).toHaveCount(PAYLOADS.length)
  expect(await scriptCarriers(page, 'main')).toBe(0)
  await exerciseRegion(page, 'main', { clickControls: false })

  // The report preview and the exported web page, notes in full, every part included.
  await page.getByRole('link', { name: 'Reports' }).click()
  await page.getByRole('radio', { name: 'In full' }).check()
  const preview = page.getByRole('article', { name: 'Report preview' })
  await expect(preview.getByRole('region', { name: 'Evidence' })).toContainText(PAYLOADS[0]!)
  await expect(preview.getByRole('region', { name: 'Notes' })).toContainText(PAYLOADS[1]!)
  expect(await scriptCarriers(page, '.report-preview')).toBe(0)
  await exerciseRegion(page, '.report-preview')
  await page.getByRole('button', { name: 'Export HTML' }).click()
  const saved = page.getByRole('status').filter({ hasText: 'Saved to' })
  await expect(saved).toContainText('.html')
  const path = ((await saved.locator('code').textContent()) ?? '').trim()
  const html = await readFile(path, 'utf8')
  for (const payload of PAYLOADS.slice(0, 5)) expect(html).not.toContain(payload)
  const links = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1])
  console.log(`xss: exported html bytes=${html.length} links=${links.length}`)
  // Only the web link became a link, its address escaped inside the attribute.
  expect(links).toEqual(['https://example.org/shop?q=&quot;&gt;&lt;script&gt;top.__xss=1&lt;/script&gt;'])
  const browser = page.context().browser()
  if (!browser) throw new Error('no browser')
  await expectInertHtml(browser, html)

  await expectNothingRan(app, probe, 'import fields + report', shownNotes + PAYLOADS.length * 3)
  await app.close()
})

test('the built page CSP blocks inline script and event handlers for every payload of the corpus', async () => {
  const app = await launchApp()
  const { page } = app
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible()
  const url = page.url()

  const { ran, report } = await runCorpusInDom(page)

  const directives = [...new Set(report.violations.map((v) => v.directive))].sort()
  console.log(
    `xss: payloads=${XSS_CORPUS.length} ranInApp=${ran.length} dialogs=${report.dialogs.length} ` +
      `cspViolations=${report.violations.length} directives=${directives.join(',')}`,
  )
  expect(ran).toEqual([])
  expect(report.flag).toBeUndefined()
  expect(report.dialogs).toEqual([])
  expect(report.url).toBe(url)
  // The CSP itself reported the blocks: inline <script> elements and on* attributes.
  expect(directives).toEqual(expect.arrayContaining(['script-src-elem', 'script-src-attr']))
  expect(app.consoleErrors.some((m) => /Content Security Policy/i.test(m))).toBe(true)
  await app.close()
})

test('without a CSP the same probe sees payloads run, so the check above can fail', async () => {
  const app = await launchApp()
  const bare = await app.page.context().browser()!.newPage()
  await bare.setContent('<!doctype html><title>no CSP</title><main>bare page</main>')
  const { ran } = await runCorpusInDom(bare)
  console.log(`xss: payloads=${XSS_CORPUS.length} ranWithoutCsp=${ran.length}`)
  expect(ran.length).toBeGreaterThanOrEqual(10)
  await bare.close()
  await app.close()
})

test('markup in the data folder path shown by the recovery notice stays plain text', async () => {
  // One folder per payload, nested, so the kept-aside path carries every path-safe payload.
  const dataDir = join(await mkdtempLike(), ...PATH_SAFE_XSS.map(({ payload }) => payload))
  await mkdir(dataDir, { recursive: true })
  await writeFile(join(dataDir, 'groundwork-data.json'), '{"schemaVersion": 1, "skills": {')
  const app = await launchApp({ dataDir })
  const probe = await installXssProbe(app.page)
  const notice = app.page.getByRole('alert', { name: 'Your data file could not be loaded' })
  await expect(notice).toBeVisible()
  const text = (await notice.textContent()) ?? ''
  for (const { payload } of PATH_SAFE_XSS) expect(text).toContain(payload)
  await expect(notice.locator('img, svg, script, iframe, a[href], details, input')).toHaveCount(0)
  await exerciseRegion(app.page, '[role="alert"]')
  const report = await probe.read()
  console.log(
    `xss: target="recovery notice path" payloads=${PATH_SAFE_XSS.length} ran=${report.flag === undefined ? 0 : 1} dialogs=${report.dialogs.length}`,
  )
  expect(report.flag).toBeUndefined()
  expect(report.dialogs).toEqual([])
  await app.close()
})

test('the exported-HTML check catches unescaped markup and passes escaped text', async () => {
  const app = await launchApp()
  const browser = app.page.context().browser()
  if (!browser) throw new Error('no browser')
  const naive = `<!doctype html><body>${XSS_CORPUS.slice(10, 20)
    .map((p) => `<p>${p.payload}</p>`)
    .join('')}</body>`
  await expect(expectInertHtml(browser, naive)).rejects.toThrow(/payload ran|dialog/)
  const escape = (s: string): string =>
    s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
  await expectInertHtml(
    browser,
    `<!doctype html><body>${XSS_CORPUS.map((p) => `<p title="${escape(p.payload)}">${escape(p.payload)}</p>`).join('')}</body>`,
  )
  await app.close()
})

async function mkdtempLike(): Promise<string> {
  const dir = join(tmpdir(), `groundwork-xss-${process.pid}-${Date.now()}`)
  await mkdir(dir, { recursive: true })
  return dir
}
