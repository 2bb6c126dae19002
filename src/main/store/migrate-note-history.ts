/**
 * The step that adds note history: a data file of version `from` gets an empty history for
 * every note and moves to `from + 1`. Everything else, every note included, is kept as it was.
 * Its own module so that steps added beside it can be renumbered without touching it.
 */
export function addNoteHistory(from: number): (data: Record<string, unknown>) => Record<string, unknown> {
  return (data) => {
    const existing = data.noteHistory
    const noteHistory = typeof existing === 'object' && existing !== null && !Array.isArray(existing) ? existing : {}
    return { ...data, schemaVersion: from + 1, noteHistory }
  }
}
