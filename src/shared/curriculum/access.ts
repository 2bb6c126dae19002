import type { Curriculum, CurriculumSkill, FrameworkRow } from '../schemas/curriculum'
import type { Level, LevelId } from './levels'
import { LEVELS } from './levels'
import type { FrameworkEntry } from './frameworks'

// The one way to read the learner's curriculum: pure functions of the curriculum the state holds
// (main reads state.curriculum, the renderer useCurriculum()). Indexes are cached per curriculum
// object; the state replaces the object on every change, so a cached index never goes stale.

interface Index {
  skills: Map<string, CurriculumSkill>
  visible: CurriculumSkill[]
  categories: Map<string, Curriculum['categories'][number]>
  levels: Level[]
  frameworks: Map<string, FrameworkRow>
  rated: FrameworkEntry[]
  /** Sorted on first use: the first locale-aware compare of a page loads the collator (about 10 ms), which start-up need not pay. */
  languages?: string[]
}

const cache = new WeakMap<Curriculum, Index>()

function indexOf(curriculum: Curriculum): Index {
  let index = cache.get(curriculum)
  if (!index) {
    const categories = new Map(curriculum.categories.map((category) => [category.id, category]))
    index = {
      skills: new Map(curriculum.skills.map((skill) => [skill.id, skill])),
      visible: curriculum.skills.filter((skill) => !skill.hidden && categories.get(skill.category)?.hidden !== true),
      categories,
      levels: LEVELS.map((level) => ({ ...level, goals: curriculum.goals[level.id] })),
      frameworks: new Map(curriculum.frameworks.map((framework) => [framework.id, framework])),
      rated: curriculum.frameworks.filter((f): f is FrameworkEntry & FrameworkRow => f.kind === 'framework'),
    }
    cache.set(curriculum, index)
  }
  return index
}

/** Looks a skill of the curriculum up by id (hidden ones too; trashed ones not). */
export function skillOf(curriculum: Curriculum, id: string): CurriculumSkill | undefined {
  return indexOf(curriculum).skills.get(id)
}

/** The skills that count: not hidden, in a category that is not hidden, in the learner's order. */
export function visibleSkills(curriculum: Curriculum): readonly CurriculumSkill[] {
  return indexOf(curriculum).visible
}

/** Whether a skill counts in progress figures, readiness and reports. */
export function isVisibleSkill(curriculum: Curriculum, id: string): boolean {
  const skill = skillOf(curriculum, id)
  return skill !== undefined && !skill.hidden && indexOf(curriculum).categories.get(skill.category)?.hidden !== true
}

/** The categories that are not hidden, in the learner's order. */
export function visibleCategories(curriculum: Curriculum): Curriculum['categories'] {
  return curriculum.categories.filter((category) => !category.hidden)
}

/** A category's display name (its id when the category is gone). */
export function categoryTitle(curriculum: Curriculum, id: string): string {
  return indexOf(curriculum).categories.get(id)?.title ?? id
}

/** The three levels with their goals as the learner linked them. */
export function levelsOf(curriculum: Curriculum): readonly Level[] {
  return indexOf(curriculum).levels
}

/** One level with its goals as the learner linked them. */
export function levelOf(curriculum: Curriculum, id: LevelId): Level {
  const level = indexOf(curriculum).levels.find((l) => l.id === id)
  if (!level) throw new Error(`Unknown level ${id}`)
  return level
}

/** Whether `goalId` is one of the level's built-in goals. */
export function isCurriculumGoal(curriculum: Curriculum, level: LevelId, goalId: string): boolean {
  return curriculum.goals[level].some((goal) => goal.id === goalId)
}

/** Looks a framework (or runtime) row up by id. */
export function frameworkOf(curriculum: Curriculum, id: string): FrameworkRow | undefined {
  return indexOf(curriculum).frameworks.get(id)
}

/** The rows that can be rated and ranked (everything but runtimes). */
export function ratedFrameworks(curriculum: Curriculum): readonly FrameworkEntry[] {
  return indexOf(curriculum).rated
}

/** Every language in the framework table, sorted, for the filter. */
export function frameworkLanguages(curriculum: Curriculum): readonly string[] {
  const index = indexOf(curriculum)
  return (index.languages ??= [...new Set(curriculum.frameworks.map((f) => f.language))].sort((a, b) =>
    a.localeCompare(b),
  ))
}
