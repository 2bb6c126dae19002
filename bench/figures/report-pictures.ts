import * as React from 'react'
import type { BenchModule } from '../lib/context'
import { interleaved, median, timeMs } from '../lib/stats'
import { openSettledCore } from '../lib/core'
import type { Core } from '../../src/main/core'
import { optionsWith } from '../../test/support/report-fixture'

// The report's .tsx components run here under tsx, which reads the root tsconfig (references only)
// and so compiles JSX to React.createElement: React has to be in scope for them.
;(globalThis as { React?: typeof React }).React ??= React

/** Notes in the report, each showing one picture. */
const PICTURES = 50
/** Each picture's size: a cropped screenshot of a query plan or a diagram, compressed. */
const PICTURE_BYTES = 100 * 1024
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]

/** Picture `i`'s bytes: a PNG signature, then filler of that size (the export never decodes it). */
function pictureBytes(i: number): Buffer {
  const bytes = Buffer.alloc(PICTURE_BYTES, i)
  bytes.set(PNG_SIGNATURE)
  return bytes
}

/** A core over `dir` whose 50 notes each show a stored picture, or the same words where the pictures would be. */
async function reportCore(dir: string, withPictures: boolean): Promise<Core> {
  const core = await openSettledCore(dir)
  for (let i = 0; i < PICTURES; i += 1) {
    const picture = withPictures
      ? `![Query plan ${i}](attachments/${await core.attachments.add(pictureBytes(i))})`
      : `Query plan ${i}`
    const body = `## Plan ${i}\n\n${'The planner picked an index scan on orders. '.repeat(8)}\n\n${picture}\n`
    const answer = await core.dispatch('notes:create', { skillId: 'databases', title: `Plan ${i}`, body })
    if (!answer.ok) throw new Error(answer.error.message)
  }
  return core
}

/** One HTML export of the report with the notes in full, as the learner saves it. */
async function exportHtml(core: Core): Promise<void> {
  const answer = await core.dispatch('reports:export', { format: 'html', options: optionsWith({ notes: 'full' }) })
  if (!answer.ok) throw new Error(answer.error.message)
}

/**
 * Figure: an HTML report whose notes show 50 pictures of 100 KB, each embedded as a data URL,
 * against the same report with words where the pictures are, exported through the real core and
 * written to disk, interleaved in the same run. Target: at most 2x.
 */
export const reportPicturesBench: BenchModule = {
  name: 'report-pictures',
  async run(ctx) {
    const [withDir, withoutDir] = [await ctx.folder('report-pictures'), await ctx.folder('report-no-pictures')]
    const withPictures = await reportCore(withDir, true)
    const without = await reportCore(withoutDir, false)
    try {
      const rounds = ctx.quick ? 5 : 15
      const samples = await interleaved(
        rounds,
        () => timeMs(() => exportHtml(withPictures)),
        () => timeMs(() => exportHtml(without)),
      )
      const [a, b] = [median(samples.a), median(samples.b)]
      ctx.report.figure({
        name: 'HTML report with 50 pictures / without them',
        value: a / b,
        unit: 'x',
        target: 2,
        comparison: 'at-most',
        noisy: true,
        detail: `${PICTURES} pictures of ${PICTURE_BYTES / 1024} KB: ${a.toFixed(0)} ms, without ${b.toFixed(0)} ms, median of ${rounds}`,
      })
    } finally {
      await withPictures.close()
      await without.close()
    }
  },
}
