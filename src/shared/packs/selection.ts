import type { Curriculum, CurriculumSkill } from '../schemas/curriculum'

/** What to export: chosen categories (all their skills) and chosen skills; nothing chosen means the whole curriculum. */
export interface PackSelection {
  categoryIds?: readonly string[]
  skillIds?: readonly string[]
}

/** Whether the selection is the whole curriculum. */
export function isWhole(selection: PackSelection): boolean {
  return (selection.categoryIds?.length ?? 0) === 0 && (selection.skillIds?.length ?? 0) === 0
}

/** The categories and skills a selection takes, in the curriculum's order (a category only when it has a chosen skill or was chosen itself). */
export function selected(
  curriculum: Curriculum,
  selection: PackSelection,
): { categories: Curriculum['categories']; skills: CurriculumSkill[] } {
  if (isWhole(selection)) return { categories: curriculum.categories, skills: curriculum.skills }
  const cats = new Set(selection.categoryIds ?? [])
  const ids = new Set(selection.skillIds ?? [])
  const skills = curriculum.skills.filter((s) => cats.has(s.category) || ids.has(s.id))
  const used = new Set(skills.map((s) => s.category))
  return { categories: curriculum.categories.filter((c) => cats.has(c.id) || used.has(c.id)), skills }
}
