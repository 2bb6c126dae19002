import { DataStore } from '../../src/main/store/data-store'
import type { BenchModule } from '../lib/context'

const SAVES = 1000

/** A small realistic note save, as the notes handler would make it. */
function noteAt(i: number): {
  id: string
  skillId: string
  title: string
  body: string
  createdAt: string
  updatedAt: string
} {
  const at = new Date(Date.UTC(2025, 0, 1, 0, 0, i)).toISOString()
  return {
    id: `gc-note-${i}`,
    skillId: 'databases',
    title: `Group commit note ${i}`,
    body: `## Note ${i}\n\nIndexes make reads fast and writes slower. ${'Detail. '.repeat(40)}`,
    createdAt: at,
    updatedAt: at,
  }
}

/** Figure 2b: 1,000 concurrent note saves share a few file writes, and every one is on disk. */
export const groupCommitBench: BenchModule = {
  name: 'group-commit',
  async run(ctx) {
    const dir = await ctx.folder('group-commit')
    const { store } = await DataStore.open(dir)
    const before = store.writeCount
    await Promise.all(
      Array.from({ length: SAVES }, (_, i) => store.update((s) => void (s.notes[`gc-note-${i}`] = noteAt(i)))),
    )
    const writes = store.writeCount - before
    ctx.report.figure({
      name: `group commit: file writes for ${SAVES} concurrent note saves`,
      value: writes,
      unit: 'writes',
      target: 20,
      comparison: 'at-most',
      noisy: false,
    })
    // Durable means a fresh open of the folder finds every acknowledged save, byte for byte.
    const reopened = await DataStore.open(dir)
    const kept = Array.from({ length: SAVES }, (_, i) => i).filter(
      (i) => JSON.stringify(reopened.store.state.notes[`gc-note-${i}`]) === JSON.stringify(noteAt(i)),
    ).length
    ctx.report.figure({
      name: 'group commit: saves found after reopening',
      value: kept,
      unit: 'notes',
      target: SAVES,
      comparison: 'at-least',
      noisy: false,
    })
  },
}
