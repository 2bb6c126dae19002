import type { Curriculum, CurriculumSkill, Subtopic } from '../schemas/curriculum'
import type { AppState, TrashEntry } from '../model'
import { AppError } from '../result'
import { CURRICULUM_LIMITS as L } from '../curriculum/limits'
import type { Incoming, IncomingSkill } from './incoming'
import { emptySummary, listed, type ImportSummary } from './import-summary'
import { keyAfter } from '../order/ordered'
import type { NewId } from '../curriculum/new-id'

// Merges an import into the curriculum without losing anything: items are matched by id (and, for
// an outline, by title: case-insensitive, trimmed), matched ones are updated in place (same id, so
// progress, notes, cards and time stay with them), new ones are added after the others (each with
// an order key after the last), nothing is removed. Pure:
// answers the new curriculum, the sub-topics to tick and a summary for the preview.

/** A sub-topic an outline's `- [x]` ticks. */
export interface Tick {
  skillId: string
  subtopicId: string
}

/** What importing would do. */
export interface PackImportPlan {
  curriculum: Curriculum
  ticks: Tick[]
  summary: ImportSummary
}

const key = (title: string): string => title.trim().toLowerCase()

/**
 * Plans importing `incoming` into `curriculum`; `progress` tells which ticks are new, and what waits
 * in `trash` is left there (restoring it is the learner's call). Throws a readable AppError past a limit.
 */
export function planPackImport(
  curriculum: Curriculum,
  progress: AppState['skills'],
  incoming: Incoming,
  newId: NewId,
  trash: readonly TrashEntry[],
): PackImportPlan {
  const summary = emptySummary(incoming.skipped)
  const byTitle = incoming.match === 'id-or-title'
  const trashed = {
    skills: new Set(trash.flatMap((e) => (e.kind === 'skill' ? [e.skill.id] : []))),
    categories: new Set(trash.flatMap((e) => (e.kind === 'category' ? [e.category.id] : []))),
  }
  const freeId = (wanted: string | undefined, taken: (id: string) => boolean, prefix: string): string =>
    wanted !== undefined && !taken(wanted) ? wanted : newId(prefix)

  // Categories: matched ones renamed to the import's name, new ones added at the end.
  const categories = [...curriculum.categories]
  const categoryIds = new Map<string, string>()
  for (const c of incoming.categories) {
    let at = c.id !== undefined ? categories.findIndex((x) => x.id === c.id) : -1
    if (at < 0 && byTitle) at = categories.findIndex((x) => key(x.title) === key(c.title))
    const found = categories[at]
    if (found) {
      categoryIds.set(c.key, found.id)
      if (found.title === c.title) summary.categories.kept += 1
      else {
        listed(summary.categories.renamed, `${found.title} → ${c.title}`)
        categories[at] = { ...found, title: c.title }
      }
      continue
    }
    const id = freeId(c.id, (x) => categories.some((y) => y.id === x) || trashed.categories.has(x), 'cat')
    categories.push({ id, order: keyAfter(categories), title: c.title, hidden: false })
    categoryIds.set(c.key, id)
    listed(summary.categories.added, c.title)
  }
  if (categories.length > L.categories)
    throw new AppError(
      'too-large',
      `Importing this would make ${categories.length} categories; a curriculum can hold up to ${L.categories}. Nothing was changed.`,
    )

  // Skills: matched ones take the import's name, description and sub-topics; new ones are added.
  const skills = [...curriculum.skills]
  // Each skill's title key, kept beside the list: matching by title compares keys made once, not
  // two new strings per skill for each incoming skill (a thousand skills made that a million).
  const skillKeys = skills.map((s) => key(s.title))
  const skillIds = new Map<string, string>()
  const ticks: Tick[] = []
  for (const incomingSkill of incoming.skills) {
    if (incomingSkill.id !== undefined && trashed.skills.has(incomingSkill.id)) {
      summary.skipped.push(
        `“${incomingSkill.title}” is in the trash: restore it from there, then import again to update it.`,
      )
      continue
    }
    let at = incomingSkill.id !== undefined ? skills.findIndex((s) => s.id === incomingSkill.id) : -1
    if (at < 0 && byTitle) at = skillKeys.indexOf(key(incomingSkill.title))
    const found = skills[at]
    const category = categoryIds.get(incomingSkill.category) ?? categories[0]!.id
    const base: CurriculumSkill = found ?? {
      id: freeId(incomingSkill.id, (x) => skills.some((s) => s.id === x) || trashed.skills.has(x), 'sk'),
      order: keyAfter(skills),
      title: incomingSkill.title,
      category,
      summary: '',
      subtopics: [],
      hidden: false,
    }
    const next = mergeSkill(base, incomingSkill, trash, progress, ticks, summary, byTitle, newId)
    skillIds.set(incomingSkill.id ?? key(incomingSkill.title), next.id)
    if (!found) {
      skills.push(next)
      skillKeys.push(key(next.title))
      listed(summary.skills.added, next.title)
    } else {
      skills[at] = next
      skillKeys[at] = key(next.title)
      const renamed = found.title !== next.title
      if (renamed) listed(summary.skills.renamed, `${found.title} → ${next.title}`)
      else if (JSON.stringify(found) !== JSON.stringify(next)) listed(summary.skills.updated, next.title)
      else listed(summary.skills.kept, next.title)
    }
  }
  if (skills.length > L.skills)
    throw new AppError(
      'too-large',
      `Importing this would make ${skills.length} skills; a curriculum can hold up to ${L.skills}. Nothing was changed.`,
    )

  const frameworks = [...curriculum.frameworks]
  const trashedRows = new Set(trash.flatMap((e) => (e.kind === 'framework' ? [e.framework.id] : [])))
  for (const row of incoming.frameworks) {
    if (trashedRows.has(row.id)) {
      summary.skipped.push(
        `The framework row “${row.name}” is in the trash: restore it from there, then import again to update it.`,
      )
      continue
    }
    const at = frameworks.findIndex((f) => f.id === row.id)
    const kept = frameworks[at]
    if (kept) {
      frameworks[at] = { ...row, order: kept.order }
      summary.frameworks.updated += 1
    } else {
      frameworks.push({ ...row, order: keyAfter(frameworks) })
      summary.frameworks.added += 1
    }
  }
  if (frameworks.length > L.frameworks)
    throw new AppError(
      'too-large',
      `Importing this would make ${frameworks.length} framework rows; the table can hold up to ${L.frameworks}. Nothing was changed.`,
    )

  const goals = { ...curriculum.goals }
  for (const link of incoming.goalLinks) {
    const list = goals[link.level]
    const at = list.findIndex((g) => g.id === link.goalId)
    const goal = list[at]
    if (!goal) {
      summary.skipped.push(`A link to the goal "${link.goalId}", which the ${link.level} level does not have.`)
      continue
    }
    const ids = [...new Set([...goal.skillIds, ...link.skillIds.flatMap((id) => skillIds.get(id) ?? [])])].slice(
      0,
      L.goalLinks,
    )
    if (ids.length === goal.skillIds.length) continue
    goals[link.level] = list.map((g, i) => (i === at ? { ...g, skillIds: ids } : g))
    summary.goalLinks += ids.length - goal.skillIds.length
  }

  const packs = incoming.pack
    ? [...curriculum.packs.filter((p) => p.id !== incoming.pack!.id), incoming.pack]
    : curriculum.packs
  if (incoming.pack) {
    const before = curriculum.packs.find((p) => p.id === incoming.pack!.id)
    summary.pack = { ...incoming.pack, ...(before ? { addedVersion: before.packVersion } : {}) }
  }
  summary.ticked = ticks.length
  return { curriculum: { ...curriculum, categories, skills, frameworks, goals, packs }, ticks, summary }
}

/** One skill with the import's name, description and sub-topics merged in; new ticks are pushed to `ticks`. */
function mergeSkill(
  skill: CurriculumSkill,
  incoming: IncomingSkill,
  trash: readonly TrashEntry[],
  progress: AppState['skills'],
  ticks: Tick[],
  summary: ImportSummary,
  byTitle: boolean,
  newId: NewId,
): CurriculumSkill {
  const subtopics: Subtopic[] = [...skill.subtopics]
  // Title keys beside the list, as for skills: 200 sub-topics matched by title made 40,000 new strings.
  const keys = subtopics.map((s) => key(s.title))
  const trashed = new Set(
    trash.flatMap((e) => (e.kind === 'subtopic' && e.skillId === skill.id ? [e.subtopic.id] : [])),
  )
  for (const sub of incoming.subtopics) {
    if (sub.id !== undefined && trashed.has(sub.id)) {
      summary.skipped.push(`The sub-topic “${sub.title}” of ${skill.title} is in the trash.`)
      continue
    }
    let at = sub.id !== undefined ? subtopics.findIndex((s) => s.id === sub.id) : -1
    if (at < 0 && byTitle) at = keys.indexOf(key(sub.title))
    const found = subtopics[at]
    // An outline without links keeps the links a sub-topic has; a pack's links are the pack's.
    const resources = !byTitle || sub.resources.length > 0 ? sub.resources : (found?.resources ?? [])
    let id: string
    if (found) {
      id = found.id
      subtopics[at] = { ...found, title: sub.title, resources }
      keys[at] = key(sub.title)
      if (found.title !== sub.title)
        listed(summary.subtopics.renamed, `${incoming.title}: ${found.title} → ${sub.title}`)
      else summary.subtopics.kept += 1
    } else {
      id =
        sub.id !== undefined && !subtopics.some((s) => s.id === sub.id) && !trashed.has(sub.id) ? sub.id : newId('st')
      subtopics.push({ id, order: keyAfter(subtopics), title: sub.title, resources })
      keys.push(key(sub.title))
      listed(summary.subtopics.added, `${incoming.title}: ${sub.title}`)
    }
    if (sub.ticked && progress[skill.id]?.subtopics[id] !== true) ticks.push({ skillId: skill.id, subtopicId: id })
  }
  if (subtopics.length > L.subtopics)
    throw new AppError(
      'too-large',
      `Importing this would give ${skill.title} ${subtopics.length} sub-topics; a skill can have at most ${L.subtopics}. Nothing was changed.`,
    )
  return { ...skill, title: incoming.title, summary: incoming.summary ?? skill.summary, subtopics }
}
