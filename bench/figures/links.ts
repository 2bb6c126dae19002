import { LinkIndex } from '../../src/shared/links/link-index'
import { generateProfile } from '../profile'
import type { BenchModule } from '../lib/context'
import { interleaved, median, timeMs } from '../lib/stats'

/** Share of the profile's notes that get `[[links]]` (to other notes' titles and to a skill). */
const LINKING_SHARE = 0.3

/**
 * Figure 3c: the backlink index after one save (the note re-read alone) against a full rebuild over
 * 5,000 notes, and that full rebuild against reading every note's text once (lowercasing it), in the same run.
 */
export const linksBench: BenchModule = {
  name: 'links',
  async run(ctx) {
    const state = generateProfile({ notes: 5000, seed: 11, meanBodyChars: 3900 })
    const notes = Object.values(state.notes)
    notes.forEach((note, i) => {
      if (i % Math.round(1 / LINKING_SHARE) !== 0) return
      const other = notes[(i * 7 + 3) % notes.length]
      note.body = `${note.body}\n\nSee [[${other?.title ?? 'APIs'}]] and [[APIs|the API skill]].\n\n\`\`\`\nmatrix[[0]]\n\`\`\``
    })
    const linking = notes.filter((note) => note.body.includes('[[')).length
    const index = new LinkIndex(() => state.notes)
    index.rebuild()
    const edited = notes[0]
    if (!edited) throw new Error('the profile has no notes')
    const original = edited.body
    let tick = 0
    // One autosave of a linking note: its text changes, the index re-reads that note only.
    const incremental = (): Promise<number> =>
      timeMs(() => {
        edited.body = `${original}\n[[Note ${tick++ % 50}]]`
        index.notesChanged([edited.id])
      })
    const full = (): Promise<number> => timeMs(() => new LinkIndex(() => state.notes).rebuild())
    const rounds = ctx.quick ? 5 : 15
    const samples = await interleaved(rounds, incremental, full)
    const a = median(samples.a)
    const b = median(samples.b)
    ctx.report.figure({
      name: 'backlink index after one save / full rebuild (5,000 notes)',
      value: a / b,
      unit: 'x',
      target: 0.01,
      comparison: 'at-most',
      noisy: true,
      detail: `${linking} notes with links: one save ${a.toFixed(3)} ms, full rebuild ${b.toFixed(0)} ms, median of ${rounds}`,
    })
    // The least any build must do: look at every character of every note once.
    let chars = 0
    const readAll = (): Promise<number> =>
      timeMs(() => {
        for (const note of notes) chars += note.body.toLowerCase().length
      })
    const build = await interleaved(rounds, full, readAll)
    const [built, read] = [median(build.a), median(build.b)]
    ctx.report.figure({
      name: 'backlink index full rebuild / lowercasing every note (5,000 notes)',
      value: built / read,
      unit: 'x',
      target: 5,
      comparison: 'at-most',
      noisy: true,
      detail: `full rebuild ${built.toFixed(0)} ms, lowercasing ${read.toFixed(0)} ms (${(chars / (rounds + 1) / 1e6).toFixed(1)} M characters), median of ${rounds}`,
    })
  },
}
