// What an import would do, as the preview shows it. Zod-free (the contract holds its schema), so
// the renderer can use it.

/** Most names a preview lists for one kind of change; the count says how many there are in all. */
export const NAMES_LISTED = 50

/** How many items, and the first names of them. */
export interface NamedCount {
  count: number
  names: string[]
}

/** What importing would add, rename, update and keep; nothing is ever removed. */
export interface ImportSummary {
  categories: { added: NamedCount; renamed: NamedCount; kept: number }
  skills: { added: NamedCount; renamed: NamedCount; updated: NamedCount; kept: NamedCount }
  subtopics: { added: NamedCount; renamed: NamedCount; kept: number }
  /** Sub-topics an outline ticks that are not ticked yet. */
  ticked: number
  frameworks: { added: number; updated: number }
  goalLinks: number
  /** What could not be taken, one line each. */
  skipped: string[]
  /** The pack it comes from, and the release of it added before (if any). */
  pack?: { id: string; title: string; packVersion: number; addedVersion?: number }
}

const none = (): NamedCount => ({ count: 0, names: [] })

/** A summary with nothing in it yet. */
export function emptySummary(skipped: string[]): ImportSummary {
  return {
    categories: { added: none(), renamed: none(), kept: 0 },
    skills: { added: none(), renamed: none(), updated: none(), kept: none() },
    subtopics: { added: none(), renamed: none(), kept: 0 },
    ticked: 0,
    frameworks: { added: 0, updated: 0 },
    goalLinks: 0,
    skipped: [...skipped],
  }
}

/** Counts one more item, keeping its name while the list is short. */
export function listed(into: NamedCount, name: string): void {
  into.count += 1
  if (into.names.length < NAMES_LISTED) into.names.push(name)
}

/** Whether importing would change anything at all. */
export function changesAnything(s: ImportSummary): boolean {
  return (
    s.categories.added.count +
      s.categories.renamed.count +
      s.skills.added.count +
      s.skills.renamed.count +
      s.skills.updated.count +
      s.subtopics.added.count +
      s.subtopics.renamed.count +
      s.ticked +
      s.frameworks.added +
      s.frameworks.updated +
      s.goalLinks >
    0
  )
}
