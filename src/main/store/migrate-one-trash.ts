/**
 * The step that makes the trash one: a data file of version `from` kept what was deleted from the
 * curriculum in `curriculum.trash` (each entry with an id of its own) beside the app's `trash`.
 * Its entries move into `trash`, without that id (a removal is found by the id of what it holds),
 * merged by when they were deleted, oldest first; nothing is dropped here, the trash's rule prunes
 * at the next removal. The file moves to `from + 1`. Its own module, like the other steps, so steps
 * added beside it can be renumbered without touching it.
 */
export function mergeCurriculumTrash(from: number): (data: Record<string, unknown>) => Record<string, unknown> {
  return (data) => {
    const curriculum = isRecord(data.curriculum) ? data.curriculum : null
    const moved =
      curriculum && Array.isArray(curriculum.trash)
        ? curriculum.trash.filter(isRecord).map(({ id: _id, ...entry }) => entry)
        : []
    const kept: unknown[] = Array.isArray(data.trash) ? data.trash : []
    // Timestamps may carry an offset, so they are compared as moments; one that does not parse sorts first (validation judges it).
    const when = (entry: unknown): number =>
      isRecord(entry) && typeof entry.deletedAt === 'string' ? Date.parse(entry.deletedAt) || 0 : 0
    // A stable sort: entries deleted at the same moment keep the order they had.
    const trash = [...kept, ...moved].sort((a, b) => when(a) - when(b))
    const next: Record<string, unknown> = { ...data, schemaVersion: from + 1, trash }
    if (curriculum) {
      const { trash: _trash, ...rest } = curriculum
      next.curriculum = rest
    }
    return next
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
