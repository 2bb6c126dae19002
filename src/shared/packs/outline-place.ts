import type { Heading } from 'mdast'
import { CURRICULUM_LIMITS as L } from '../curriculum/limits'
import type { Incoming, IncomingSkill } from './incoming'
import type { Skipped } from './skipped'

// The second half of reading an outline: once every heading is known, decide which are skills and
// which categories, in the order the outline meets them.

/** A heading of the outline, what it turned out to be, and the heading above it. */
export interface Section {
  heading: Heading
  summary?: string
  title: string
  id?: string
  parent: Section | null
  skill: IncomingSkill | null
  category: boolean
}

/** Gives every skill its category, takes empty skills and categories where the outline's shape says so, and reports the rest. */
export function placeSkills(
  sections: Section[],
  skills: IncomingSkill[],
  skipped: Skipped,
  fallbackCategory: string,
): Incoming {
  const categoryOf = (section: Section): Section | null => {
    let up = section.parent
    while (up?.skill) up = up.parent
    return up
  }
  const markCategories = (): void => {
    for (const section of sections) {
      const category = section.skill ? categoryOf(section) : null
      if (category) category.category = true
    }
  }
  markCategories()
  // A heading with no list at the depth skills have (or, with no lists at all, the deepest heading
  // of two or more levels) is a skill with no sub-topics yet; one beside categories is an empty category.
  const depths = new Set<number>(sections.filter((s) => s.skill).map((s) => s.heading.depth))
  const all = sections.map((s) => s.heading.depth)
  if (depths.size === 0 && new Set(all).size >= 2) depths.add(all.reduce((a, b) => (b > a ? b : a)))
  for (const section of sections) {
    if (
      section.skill ||
      section.category ||
      !section.title ||
      !depths.has(section.heading.depth) ||
      section.parent?.skill
    )
      continue
    section.skill = { ...(section.id ? { id: section.id } : {}), title: section.title, category: '', subtopics: [] }
    skills.push(section.skill)
  }
  markCategories()
  // A heading beside a category (same parent, same depth) is one too; kept in a map, not searched
  // for each heading, so thousands of headings cost no more than a pass.
  const categoryDepths = new Map<Section | null, Set<number>>()
  const addCategory = (section: Section): void => {
    const depths = categoryDepths.get(section.parent) ?? new Set<number>()
    depths.add(section.heading.depth)
    categoryDepths.set(section.parent, depths)
  }
  for (const section of sections) if (section.category) addCategory(section)
  for (const section of sections) {
    if (section.skill || section.category || !section.title) continue
    if (categoryDepths.get(section.parent)?.has(section.heading.depth)) {
      section.category = true
      addCategory(section)
    }
  }
  const categories = new Map<string, { key: string; id?: string; title: string }>()
  const keyOf = (section: Section | null): string => {
    const title = section?.title || fallbackCategory
    const key = `${section?.id ?? ''}|${title.toLowerCase()}`
    if (!categories.has(key))
      categories.set(key, { key, ...(section?.id ? { id: section.id } : {}), title: title.slice(0, L.title) })
    return key
  }
  const holdingSkills = new Set(sections.flatMap((s) => (s.skill ? [categoryOf(s)] : [])))
  for (const section of sections) if (section.category && !holdingSkills.has(section)) keyOf(section)
  const ordered: IncomingSkill[] = []
  for (const section of sections) {
    const skill = section.skill
    if (skill) {
      if (skill.title.length > L.title) {
        skipped.note(`skill names longer than ${L.title} characters`)
        continue
      }
      const summary = section.summary
      ordered.push({
        ...skill,
        category: keyOf(categoryOf(section)),
        ...(summary ? { summary: summary.slice(0, L.summary) } : {}),
      })
    } else if (!section.category && section.title) skipped.name('headings with no list items', section.title)
  }
  // Order categories as the outline meets them.
  const order = sections.filter((s) => s.category || s.skill).map((s) => (s.skill ? keyOf(categoryOf(s)) : keyOf(s)))
  const sorted = [...new Set(order)].map((key) => categories.get(key)!).filter(Boolean)
  if (ordered.length === 0) skipped.note('no skills found: an outline needs headings with list items under them')
  return {
    match: 'id-or-title',
    categories: sorted,
    skills: mergeRepeats(ordered, skipped),
    frameworks: [],
    goalLinks: [],
    skipped: skipped.lines(),
  }
}

/** Skills of the same name (in any category) become one: the later one's sub-topics join the first. */
function mergeRepeats(skills: IncomingSkill[], skipped: Skipped): IncomingSkill[] {
  const byTitle = new Map<string, IncomingSkill>()
  const out: IncomingSkill[] = []
  for (const skill of skills) {
    const key = skill.title.toLowerCase()
    const first = byTitle.get(key)
    if (!first) {
      byTitle.set(key, skill)
      out.push(skill)
      continue
    }
    const titles = new Set(first.subtopics.map((s) => s.title.toLowerCase()))
    for (const sub of skill.subtopics) {
      const title = sub.title.toLowerCase()
      if (titles.has(title)) skipped.note('sub-topics repeated within their skill')
      else {
        first.subtopics.push(sub)
        titles.add(title)
      }
    }
  }
  return out
}
