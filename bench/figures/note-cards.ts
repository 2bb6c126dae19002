import type { BenchModule } from '../lib/context'
import { interleaved, median, timeMs } from '../lib/stats'
import { parseNoteCards, parseNoteCardsWhole } from '../../src/shared/review/note-cards'

/** A 50 KB note with 30 code blocks (some holding ` :: `, as Haskell or C++ may) and a few card lines. */
function longNote(): string {
  const block = (i: number): string =>
    `## Part ${i}\n\n${'Prose about indexes, std::vector and transactions. '.repeat(12)}\n\n\`\`\`${i % 2 ? 'sql' : 'haskell'}\n${'lookup :: Key -> Maybe Row\n'.repeat(40)}\`\`\`\n\nQuestion ${i} :: Answer ${i}\n\n`
  return Array.from({ length: 30 }, (_, i) => block(i)).join('')
}

/** Figure 5: the cards of a long note after a one-line edit, parsed in cached runs of blocks against a parse of the whole note. */
export const noteCardsBench: BenchModule = {
  name: 'note-cards',
  async run(ctx) {
    const note = longNote()
    const rounds = ctx.quick ? 7 : 21
    let edit = 0
    // Each round types one more line at the end, as an autosave would send.
    const next = (): string => `${note}Typed line ${++edit} :: its answer\n`
    const samples = await interleaved(
      rounds,
      () => timeMs(() => parseNoteCards(next())),
      () => timeMs(() => parseNoteCardsWhole(next())),
    )
    const [a, b] = [median(samples.a), median(samples.b)]
    ctx.report.figure({
      name: 'note cards of a 50 KB note after an edit (runs / whole parse)',
      value: a / b,
      unit: 'x',
      target: 0.25,
      comparison: 'at-most',
      noisy: true,
      detail: `${(note.length / 1024).toFixed(0)} KB: runs ${a.toFixed(1)} ms, whole ${b.toFixed(1)} ms, median of ${rounds}`,
    })
    await Promise.resolve()
  },
}
