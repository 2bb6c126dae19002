import type { BenchModule } from '../lib/context'
import { percentile } from '../lib/stats'
import { recordKeystrokes, shownAgainstHidden } from './typing'
import { connectApi, serveStatic } from '../../test/e2e/harness'
import { testServices } from '../../test/support/test-services'
import { testClock } from '../../test/support/test-clock'
import { chartPng } from '../../test/support/png'
import { createCore, type Core } from '../../src/main/core'
import { DiagramPage } from '../../src/main/diagrams/diagram-page'
import { pictureMarkdown } from '../../src/shared/attachments/names'

const PICTURES = 20
const DIAGRAMS = [
  'flowchart LR\n  client --> api --> db[(orders)]\n  api --> cache',
  'sequenceDiagram\n  client->>api: GET /orders/42\n  api->>db: select\n  db-->>api: row\n  api-->>client: 200',
  'erDiagram\n  CUSTOMER ||--o{ ORDER : places\n  ORDER ||--|{ LINE : contains',
  'classDiagram\n  class Repository {\n    +find(id)\n    +save(order)\n  }\n  Repository <|-- OrderRepository',
  'stateDiagram-v2\n  [*] --> pending\n  pending --> paid\n  paid --> shipped\n  shipped --> [*]',
]

/** A note of prose with 20 stored pictures and 5 Mermaid diagrams between its paragraphs; it becomes the newest Databases note. */
async function makePictureNote(core: Core): Promise<number> {
  const prose = 'The planner picked an index scan on orders, so the sort is free and the limit stops early. '
  const parts: string[] = []
  for (let i = 0; i < PICTURES; i += 1) {
    const name = await core.attachments.add(chartPng(i + 1))
    parts.push(`## Plan ${i + 1}\n\n${prose.repeat(4)}\n\n${pictureMarkdown(name, `Query plan ${i + 1}`)}\n`)
    const diagram = DIAGRAMS[i % 4 === 0 ? i / 4 : -1]
    if (diagram) parts.push(`\`\`\`mermaid\n${diagram}\n\`\`\`\n`)
  }
  const body = parts.join('\n')
  await core.store.update((state) => {
    const notes = Object.values(state.notes).filter((note) => note.skillId === 'databases')
    const newest = notes.reduce((a, b) => (a.createdAt > b.createdAt ? a : b))
    newest.body = body
  })
  return body.length
}

/**
 * Figure 3d: typing in a note showing 20 pictures and 5 diagrams costs about as much with its
 * preview beside the editor as without it: pictures decode off the keystroke and diagrams are
 * drawn in a page of their own after typing pauses, cached by source.
 */
export const typingPicturesBench: BenchModule = {
  name: 'typing-pictures',
  async run(ctx) {
    const name = 'typing in a note with 20 pictures and 5 diagrams, p95 per keystroke: preview shown / hidden'
    const { dir } = await ctx.profileCopy('typing-pictures')
    const server = await serveStatic()
    const browser = await ctx.browser()
    // As in the app and the e2e harness: the diagrams are drawn by the built diagram page, in a page of its own.
    const diagrams = new DiagramPage(async () => {
      const page = await browser.newPage()
      await page.goto(new URL('diagram.html', server.url).href)
      return { evaluate: (script) => page.evaluate(script), close: () => page.close() }
    })
    const core = await createCore({
      dataDir: dir,
      services: { ...testServices(dir), renderDiagrams: (list) => diagrams.draw(list) },
      log: () => undefined,
      clock: testClock(),
      sync: { watch: false, rescanMs: 3_600_000, writeDelayMs: 3_600_000 },
    })
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
    try {
      await core.store.backupsSettled()
      const chars = await makePictureNote(core)
      const page = await context.newPage()
      await connectApi(page, core, server)
      await page.goto(`${server.url}#skills`)
      await page.getByRole('button', { name: 'Databases', exact: true }).click()
      await page.getByRole('list', { name: 'Notes on Databases' }).getByRole('button').first().click()
      await page.getByRole('radio', { name: 'Split' }).check()
      // Timed once every picture and diagram is on screen, so the figure is about typing beside them.
      const preview = page.getByRole('region', { name: 'Preview' })
      await preview
        .locator('img[src^="data:image/svg+xml"]')
        .nth(DIAGRAMS.length - 1)
        .waitFor({ state: 'attached', timeout: 60_000 })
      await preview
        .locator('img[src^="blob:"]')
        .nth(PICTURES - 1)
        .waitFor({ state: 'attached', timeout: 60_000 })
      await page.evaluate(recordKeystrokes)
      const typed = await shownAgainstHidden(page, ctx.quick)
      const [shown, hidden] = [percentile(typed.shown, 95), percentile(typed.hidden, 95)]
      ctx.report.figure({
        name,
        value: shown / hidden,
        unit: 'x',
        target: 1.25,
        comparison: 'at-most',
        noisy: true,
        detail: `${shown.toFixed(1)} ms / ${hidden.toFixed(1)} ms; ${typed.shown.length} + ${typed.hidden.length} keystrokes in a ${(chars / 1024).toFixed(0)} KB note with ${PICTURES} pictures and ${DIAGRAMS.length} diagrams`,
      })
    } finally {
      await context.close()
      await core.close()
      await diagrams.close()
      await server.close()
    }
  },
}
