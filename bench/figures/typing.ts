import type { Page } from '@playwright/test'
import { openSettledCore } from '../lib/core'
import { withAppPage } from '../lib/app-page'
import { buildBaseline } from '../lib/baseline-build'
import { serveStatic } from '../../test/e2e/harness'
import type { BenchModule } from '../lib/context'
import { missingChannels, NEEDS_NOTES } from '../lib/feature'
import { percentile } from '../lib/stats'
import type { Core } from '../../src/main/core'

/**
 * Per keystroke, the main-thread time from keydown until the task that handles it (with React's
 * synchronous update of the editor) is done: a message posted at keydown runs right after it.
 * No named inner functions: tsx would wrap them in a helper the page does not have.
 */
export function recordKeystrokes(): void {
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

/** Makes the newest Databases note a long one (the four longest bodies of the skill, about 25 KB), so it opens first; answers its text. */
async function makeLongNote(core: Core): Promise<string> {
  let body = ''
  await core.store.update((state) => {
    const notes = Object.values(state.notes).filter((note) => note.skillId === 'databases')
    const longest = [...notes].sort((a, b) => b.body.length - a.body.length).slice(0, 4)
    const newest = notes.reduce((a, b) => (a.createdAt > b.createdAt ? a : b))
    newest.body = longest.map((note) => note.body).join('\n\n')
    body = newest.body
  })
  return body
}

/** Types one sentence (or more) at the end of the note in the page's editor; answers each keystroke's work in ms. */
async function typeSentences(page: Page, sentences: number): Promise<number[]> {
  const editor = page.getByRole('textbox', { name: 'Notes', exact: true })
  await editor.click()
  await page.keyboard.press('Control+End')
  await page.evaluate(() => ((window as unknown as { __keys: number[] }).__keys = []))
  await page.keyboard.type(' Indexes speed up reads but every write must update them.'.repeat(sentences), { delay: 30 })
  return page.evaluate(() => (window as unknown as { __keys: number[] }).__keys)
}

/**
 * The floor of typing: the same editor with the same note alone on an empty page (bench/editor-baseline),
 * built like the app; `work` gets that page, ready to type in.
 */
async function withBareEditor<T>(
  ctx: Parameters<BenchModule['run']>[0],
  doc: string,
  work: (page: Page) => Promise<T>,
): Promise<T> {
  const server = await serveStatic(await buildBaseline('editor-baseline'))
  const context = await (await ctx.browser()).newContext({ viewport: { width: 1280, height: 800 } })
  try {
    const page = await context.newPage()
    await page.addInitScript((text) => void ((window as unknown as { __benchDoc: string }).__benchDoc = text), doc)
    await page.goto(server.url)
    await page.getByRole('textbox', { name: 'Notes', exact: true }).waitFor()
    await page.evaluate(recordKeystrokes)
    return await work(page)
  } finally {
    await context.close()
    await server.close()
  }
}

/** Samples of the languages the preview highlights, as a learner's notes hold them. */
const CODE_SAMPLES: Array<[string, string]> = [
  [
    'ts',
    'export async function load(id: string): Promise<Row | null> {\n  const row = await db.query("select * from t where id = $1", [id])\n  return row ?? null\n}',
  ],
  [
    'python',
    'def retry(fn, attempts=3):\n    for i in range(attempts):\n        try:\n            return fn()\n        except TimeoutError:\n            time.sleep(2 ** i)',
  ],
  [
    'java',
    'public final class Cache<K, V> {\n  private final Map<K, V> map = new ConcurrentHashMap<>();\n  public V get(K key) { return map.get(key); }\n}',
  ],
  [
    'go',
    'func handler(w http.ResponseWriter, r *http.Request) {\n\tctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)\n\tdefer cancel()\n\t_ = ctx\n}',
  ],
  [
    'csharp',
    'public record Order(Guid Id, decimal Total);\nvar orders = await db.Orders.Where(o => o.Total > 10).ToListAsync();',
  ],
  [
    'ruby',
    'class User < ApplicationRecord\n  has_many :posts, dependent: :destroy\n  validates :email, presence: true\nend',
  ],
  ['php', '<?php\n$stmt = $pdo->prepare("SELECT * FROM users WHERE id = ?");\n$stmt->execute([$id]);'],
  [
    'sql',
    'CREATE INDEX orders_by_customer ON orders (customer_id, created_at DESC);\nSELECT count(*) FROM orders WHERE customer_id = 42;',
  ],
  ['bash', 'for f in logs/*.log; do\n  grep -c "ERROR" "$f" | xargs echo "$f:"\ndone'],
  ['json', '{ "name": "api", "version": "1.2.0", "scripts": { "start": "node server.js" } }'],
  ['yaml', 'services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: example'],
  ['http', 'GET /orders/42 HTTP/1.1\nHost: api.example.test\nAccept: application/json'],
  ['dockerfile', 'FROM node:20-slim\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci\nCMD ["node", "server.js"]'],
]

/** A note of about 50 KB with 30 fenced code blocks in the highlighted languages, prose between them. */
function codeNote(): string {
  const prose = 'Indexes speed up reads, but every write must keep them current, so measure before adding one. '
  const parts = Array.from({ length: 30 }, (_, i) => {
    const [language, code] = CODE_SAMPLES[i % CODE_SAMPLES.length] ?? ['text', '']
    return `## Example ${i + 1}\n\n${prose.repeat(16)}\n\n\`\`\`${language}\n${code}\n${code}\n\`\`\`\n`
  })
  return parts.join('\n')
}

/** Makes the second newest Databases note the code-heavy one, so it is second in the list; answers its length. */
async function makeCodeNote(core: Core): Promise<number> {
  const body = codeNote()
  await core.store.update((state) => {
    const notes = Object.values(state.notes).filter((note) => note.skillId === 'databases')
    const second = [...notes].sort((a, b) => b.createdAt.localeCompare(a.createdAt))[1]
    if (second) second.body = body
  })
  return body.length
}

/** Types one sentence (or more) into the open note with the editor in `mode`; answers each keystroke's work in ms. */
async function typeIn(page: Page, mode: 'Split' | 'Edit', sentences: number, highlighted = false): Promise<number[]> {
  await page.getByRole('radio', { name: mode }).check()
  // The preview of a long note takes a moment to show: keystrokes are timed once it is there.
  if (mode === 'Split')
    await page
      .getByRole('region', { name: 'Preview' })
      .locator(highlighted ? '.markdown-body code.hljs' : '.markdown-body')
      .first()
      .waitFor()
  return typeSentences(page, sentences)
}

/** Interleaved rounds (after one untimed round of each): keystrokes in the app's editor (preview hidden) and in the editor alone. */
async function appAgainstBare(app: Page, bare: Page, quick: boolean): Promise<{ app: number[]; bare: number[] }> {
  await typeIn(app, 'Edit', 1)
  await typeSentences(bare, 1)
  const result = { app: [] as number[], bare: [] as number[] }
  for (let round = 0; round < (quick ? 2 : 4); round += 1) {
    const sentences = quick ? 1 : 2
    if (round % 2 === 0) {
      result.app.push(...(await typeIn(app, 'Edit', sentences)))
      result.bare.push(...(await typeSentences(bare, sentences)))
    } else {
      result.bare.push(...(await typeSentences(bare, sentences)))
      result.app.push(...(await typeIn(app, 'Edit', sentences)))
    }
  }
  return result
}

/** Interleaved rounds (after one untimed round of each): p95 per keystroke with the preview shown and hidden. */
export async function shownAgainstHidden(
  page: Page,
  quick: boolean,
  highlighted = false,
): Promise<{ shown: number[]; hidden: number[] }> {
  await typeIn(page, 'Split', 1, highlighted)
  await typeIn(page, 'Edit', 1)
  const shown: number[] = []
  const hidden: number[] = []
  for (let round = 0; round < (quick ? 2 : 4); round += 1) {
    const order = round % 2 === 0 ? (['Split', 'Edit'] as const) : (['Edit', 'Split'] as const)
    for (const mode of order)
      (mode === 'Split' ? shown : hidden).push(...(await typeIn(page, mode, quick ? 1 : 2, highlighted)))
  }
  return { shown, hidden }
}

/**
 * Figure 3c: typing in a long note of the 5,000-note profile costs about as much with its preview
 * beside the editor as without it (the preview renders deferred, so keystrokes do not wait for it),
 * and about as much as in the same editor alone on an empty page (the page around it stays quiet).
 */
export const typingBench: BenchModule = {
  name: 'typing',
  async run(ctx) {
    const name = 'typing in a long note, p95 per keystroke: preview shown / hidden'
    if (missingChannels(['notes:get', 'notes:save', 'settings:setWorkspace']).length > 0)
      return ctx.report.skip(name, NEEDS_NOTES, '<= 1.25x')
    const { dir } = await ctx.profileCopy('typing')
    const core = await openSettledCore(dir)
    try {
      const longBody = await makeLongNote(core)
      const chars = longBody.length
      const codeChars = await makeCodeNote(core)
      await withAppPage(ctx, core, async (page) => {
        await page.getByRole('button', { name: 'Databases', exact: true }).click()
        const list = page.getByRole('list', { name: 'Notes on Databases' })
        await list.getByRole('button').first().click()
        await page.evaluate(recordKeystrokes)
        const long = await shownAgainstHidden(page, ctx.quick)
        const [withPreview, without] = [percentile(long.shown, 95), percentile(long.hidden, 95)]
        ctx.report.figure({
          name,
          value: withPreview / without,
          unit: 'x',
          target: 1.25,
          comparison: 'at-most',
          noisy: true,
          detail: `${withPreview.toFixed(1)} ms / ${without.toFixed(1)} ms; ${long.shown.length} + ${long.hidden.length} keystrokes in a ${(chars / 1024).toFixed(0)} KB note`,
        })
        // Its floor: the same keystrokes in the same editor holding the same note, alone on an empty page.
        const floor = await withBareEditor(ctx, longBody, (bare) => appAgainstBare(page, bare, ctx.quick))
        const [inApp, alone] = [percentile(floor.app, 95), percentile(floor.bare, 95)]
        ctx.report.figure({
          name: 'typing in a long note, p95 per keystroke: the app / the same editor alone',
          value: inApp / alone,
          unit: 'x',
          target: 1.5,
          comparison: 'at-most',
          noisy: true,
          detail: `${inApp.toFixed(1)} ms / ${alone.toFixed(1)} ms; ${floor.app.length} + ${floor.bare.length} keystrokes in a ${(chars / 1024).toFixed(0)} KB note, preview hidden`,
        })
        // The same in a note made of code: its preview highlights 30 blocks (in a lazy chunk, deferred like the rest).
        await list.getByRole('button').nth(1).click()
        const code = await shownAgainstHidden(page, ctx.quick, true)
        const [codeShown, codeHidden] = [percentile(code.shown, 95), percentile(code.hidden, 95)]
        ctx.report.figure({
          name: 'typing in a note of 30 code blocks, p95 per keystroke: preview shown / hidden',
          value: codeShown / codeHidden,
          unit: 'x',
          target: 1.25,
          comparison: 'at-most',
          noisy: true,
          detail: `${codeShown.toFixed(1)} ms / ${codeHidden.toFixed(1)} ms; ${code.shown.length} + ${code.hidden.length} keystrokes in a ${(codeChars / 1024).toFixed(0)} KB note with 30 highlighted code blocks`,
        })
      })
    } finally {
      await core.close()
    }
  },
}
