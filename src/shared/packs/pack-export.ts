import type { Curriculum } from '../schemas/curriculum'
import { LEVEL_IDS } from '../curriculum/levels'
import { PACK_FORMAT, PACK_FORMAT_VERSION } from './pack-format'
import type { CurriculumPack } from './pack-schema'
import { isWhole, selected, type PackSelection } from './selection'

/** A pack's name and release, as the learner gives them when exporting. */
export interface PackMeta {
  id: string
  title: string
  description: string
  packVersion: number
}

/**
 * The chosen part of the curriculum as a pack. The whole curriculum also carries its framework
 * rows and goal links; a part carries the goal links to its own skills.
 */
export function buildPack(curriculum: Curriculum, selection: PackSelection, meta: PackMeta): CurriculumPack {
  const { categories, skills } = selected(curriculum, selection)
  const ids = new Set(skills.map((s) => s.id))
  const goalLinks = LEVEL_IDS.flatMap((level) =>
    curriculum.goals[level].flatMap((goal) => {
      const skillIds = goal.skillIds.filter((id) => ids.has(id))
      return skillIds.length > 0 ? [{ level, goalId: goal.id, skillIds }] : []
    }),
  )
  return {
    format: PACK_FORMAT,
    formatVersion: PACK_FORMAT_VERSION,
    ...meta,
    categories: categories.map(({ id, title }) => ({ id, title })),
    skills: skills.map((s) => ({
      id: s.id,
      title: s.title,
      category: s.category,
      summary: s.summary,
      subtopics: s.subtopics.map((t) => ({ id: t.id, title: t.title, resources: t.resources.map((r) => ({ ...r })) })),
    })),
    // A pack's rows come in its list's order, without the curriculum's order keys.
    ...(isWhole(selection)
      ? { frameworks: curriculum.frameworks.map(({ order: _order, ...row }) => structuredClone(row)) }
      : {}),
    ...(goalLinks.length > 0 ? { goalLinks } : {}),
  }
}
