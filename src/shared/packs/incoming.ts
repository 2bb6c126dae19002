import type { PackFrameworkRow, Resource } from '../schemas/curriculum'
import type { LevelId } from '../curriculum/levels'
import type { CurriculumPack } from './pack-schema'

// What an import brings, whatever file it came from: a pack (every item has an id, matched by id)
// or a Markdown outline (ids only where the outline wrote them, otherwise matched by title).

/** A sub-topic to add or update. */
export interface IncomingSubtopic {
  id?: string
  title: string
  resources: Resource[]
  /** An outline's `- [x]`: ticked in the learner's progress (never unticked). */
  ticked: boolean
}

/** A skill to add or update; `category` is the key of one of the incoming categories. */
export interface IncomingSkill {
  id?: string
  title: string
  category: string
  /** Undefined keeps the learner's description. */
  summary?: string
  subtopics: IncomingSubtopic[]
}

/** A category; `key` ties skills to it (its id in a pack, its title in an outline). */
export interface IncomingCategory {
  key: string
  id?: string
  title: string
}

/** Everything one import brings. */
export interface Incoming {
  /** A pack matches by id only; an outline by id where it has one, else by title. */
  match: 'id' | 'id-or-title'
  /** The pack it came from, recorded in the curriculum so adding it again updates it. */
  pack?: { id: string; title: string; packVersion: number }
  categories: IncomingCategory[]
  skills: IncomingSkill[]
  /** Rows as a pack gives them (the curriculum keeps a row's place, or puts a new one last). */
  frameworks: PackFrameworkRow[]
  goalLinks: { level: LevelId; goalId: string; skillIds: string[] }[]
  /** What the reader could not take, in the learner's words. */
  skipped: string[]
}

/** A validated pack as an import. */
export function incomingFromPack(pack: CurriculumPack): Incoming {
  return {
    match: 'id',
    pack: { id: pack.id, title: pack.title, packVersion: pack.packVersion },
    categories: pack.categories.map((c) => ({ key: c.id, id: c.id, title: c.title })),
    skills: pack.skills.map((s) => ({
      id: s.id,
      title: s.title,
      category: s.category,
      summary: s.summary,
      subtopics: s.subtopics.map((t) => ({ id: t.id, title: t.title, resources: t.resources, ticked: false })),
    })),
    frameworks: pack.frameworks ?? [],
    goalLinks: pack.goalLinks ?? [],
    skipped: [],
  }
}
