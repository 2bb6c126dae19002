import type { CurriculumEdit } from '../../shared/contract/curriculum'
import type { Curriculum, CurriculumSkill, TrashEntry } from '../../shared/model'
import type { Removal } from '../handlers/trash'
import { AppError } from '../../shared/result'
import { CURRICULUM_LIMITS as L } from '../../shared/curriculum/limits'
import { applyFrameworkEdit, removeFramework, restoreFramework } from './framework-edits'
import type { NewId } from '../../shared/curriculum/new-id'

// Curriculum edits as pure functions: each takes the curriculum and answers a new one (never
// changing the one given, so the indexes cached per curriculum object stay right). Nothing the
// learner recorded lives in the curriculum itself: progress, notes, time, evidence and cards are
// keyed by skill id elsewhere in the state, and a deleted skill, sub-topic, category or framework
// row goes to the app's one trash (the edit names it; the handler puts it there in the same write).

type Move = 'up' | 'down' | number

function skillAt(c: Curriculum, skillId: string): { skill: CurriculumSkill; index: number } {
  const index = c.skills.findIndex((skill) => skill.id === skillId)
  const skill = c.skills[index]
  if (!skill) throw new AppError('not-found', `There is no skill with the id "${skillId}".`)
  return { skill, index }
}

function requireCategory(c: Curriculum, categoryId: string): void {
  if (!c.categories.some((category) => category.id === categoryId)) throw new AppError('not-found', `There is no category with the id "${categoryId}".`)
}

function subtopicIndex(skill: CurriculumSkill, subtopicId: string): number {
  const index = skill.subtopics.findIndex((sub) => sub.id === subtopicId)
  if (index < 0) throw new AppError('not-found', `${skill.title} has no sub-topic with the id "${subtopicId}".`)
  return index
}

/** `list` with the item at `from` moved one step or to a position (clamped). */
function moved<T>(list: readonly T[], from: number, to: Move): T[] {
  const wanted = to === 'up' ? from - 1 : to === 'down' ? from + 1 : to
  const target = Math.max(0, Math.min(list.length - 1, wanted))
  const out = [...list]
  const [item] = out.splice(from, 1)
  out.splice(target, 0, item as T)
  return out
}

/** Moves a skill among the skills of its own category; the others keep their places. */
function moveSkill(c: Curriculum, skillId: string, to: Move): Curriculum {
  const { skill } = skillAt(c, skillId)
  const slots = c.skills.flatMap((s, i) => (s.category === skill.category ? [i] : []))
  const peers = slots.map((i) => c.skills[i] as CurriculumSkill)
  const order = moved(peers, peers.indexOf(skill), to)
  const skills = [...c.skills]
  slots.forEach((slot, n) => (skills[slot] = order[n] as CurriculumSkill))
  return { ...c, skills }
}

function withSkill(c: Curriculum, skillId: string, change: (skill: CurriculumSkill) => CurriculumSkill): Curriculum {
  const { skill, index } = skillAt(c, skillId)
  const skills = [...c.skills]
  skills[index] = change(skill)
  return { ...c, skills }
}

/** What deleting from the curriculum puts in the trash. */
export type CurriculumRemoval = Extract<Removal, { kind: 'skill' | 'subtopic' | 'category' | 'framework' }>

/** An edit's result: the new curriculum, and what it removed for the trash (null for any other edit). */
export interface Edited {
  curriculum: Curriculum
  removed: CurriculumRemoval | null
}

/** Applies one edit; throws an AppError with a readable message when it cannot be made. */
export function applyEdit(c: Curriculum, edit: CurriculumEdit, newId: NewId): Edited {
  switch (edit.op) {
    case 'deleteSkill': {
      const { skill, index } = skillAt(c, edit.skillId)
      return { curriculum: { ...c, skills: c.skills.filter((s) => s.id !== skill.id) }, removed: { kind: 'skill', index, skill } }
    }
    case 'deleteSubtopic': {
      const { skill } = skillAt(c, edit.skillId)
      const index = subtopicIndex(skill, edit.subtopicId)
      const subtopic = skill.subtopics[index]!
      const curriculum = withSkill(c, skill.id, (s) => ({ ...s, subtopics: s.subtopics.filter((sub) => sub.id !== subtopic.id) }))
      return { curriculum, removed: { kind: 'subtopic', index, skillId: skill.id, subtopic } }
    }
    case 'deleteCategory': {
      requireCategory(c, edit.categoryId)
      const index = c.categories.findIndex((cat) => cat.id === edit.categoryId)
      const category = c.categories[index]!
      if (c.skills.some((skill) => skill.category === category.id)) throw new AppError('conflict', `${category.title} still holds skills: move or delete them first.`)
      if (c.categories.length === 1) throw new AppError('conflict', 'The curriculum needs at least one category.')
      return { curriculum: { ...c, categories: c.categories.filter((cat) => cat.id !== category.id) }, removed: { kind: 'category', index, category } }
    }
    case 'removeFramework':
      return removeFramework(c, edit.frameworkId)
    default:
      return { curriculum: changed(c, edit, newId), removed: null }
  }
}

/** Applies an edit that removes nothing. */
function changed(c: Curriculum, edit: Exclude<CurriculumEdit, { op: 'deleteSkill' | 'deleteSubtopic' | 'deleteCategory' | 'removeFramework' }>, newId: NewId): Curriculum {
  switch (edit.op) {
    case 'addSkill': {
      requireCategory(c, edit.categoryId)
      if (c.skills.length >= L.skills) throw new AppError('too-large', `A curriculum can hold up to ${L.skills} skills.`)
      const skill: CurriculumSkill = {
        id: newId('sk'),
        title: edit.title,
        category: edit.categoryId,
        summary: edit.summary,
        subtopics: edit.subtopics.map((title) => ({ id: newId('st'), title, resources: [] })),
        hidden: false,
      }
      return { ...c, skills: [...c.skills, skill] }
    }
    case 'updateSkill': {
      const { categoryId } = edit
      if (categoryId !== undefined) requireCategory(c, categoryId)
      return withSkill(c, edit.skillId, (skill) => ({ ...skill, title: edit.title ?? skill.title, summary: edit.summary ?? skill.summary, category: categoryId ?? skill.category }))
    }
    case 'moveSkill':
      return moveSkill(c, edit.skillId, edit.to)
    case 'hideSkill':
      return withSkill(c, edit.skillId, (skill) => ({ ...skill, hidden: edit.hidden }))
    case 'addSubtopic':
      return withSkill(c, edit.skillId, (skill) => {
        if (skill.subtopics.length >= L.subtopics) throw new AppError('too-large', `A skill can have at most ${L.subtopics} sub-topics.`)
        return { ...skill, subtopics: [...skill.subtopics, { id: newId('st'), title: edit.title, resources: [] }] }
      })
    case 'renameSubtopic':
      return withSkill(c, edit.skillId, (skill) => {
        const index = subtopicIndex(skill, edit.subtopicId)
        return { ...skill, subtopics: skill.subtopics.map((sub, i) => (i === index ? { ...sub, title: edit.title } : sub)) }
      })
    case 'moveSubtopic':
      return withSkill(c, edit.skillId, (skill) => ({ ...skill, subtopics: moved(skill.subtopics, subtopicIndex(skill, edit.subtopicId), edit.to) }))
    case 'addCategory':
      if (c.categories.length >= L.categories) throw new AppError('too-large', `A curriculum can hold up to ${L.categories} categories.`)
      return { ...c, categories: [...c.categories, { id: newId('cat'), title: edit.title, hidden: false }] }
    case 'renameCategory':
      requireCategory(c, edit.categoryId)
      return { ...c, categories: c.categories.map((cat) => (cat.id === edit.categoryId ? { ...cat, title: edit.title } : cat)) }
    case 'moveCategory': {
      requireCategory(c, edit.categoryId)
      return {
        ...c,
        categories: moved(
          c.categories,
          c.categories.findIndex((cat) => cat.id === edit.categoryId),
          edit.to,
        ),
      }
    }
    case 'hideCategory':
      requireCategory(c, edit.categoryId)
      return { ...c, categories: c.categories.map((cat) => (cat.id === edit.categoryId ? { ...cat, hidden: edit.hidden } : cat)) }
    case 'linkGoal': {
      const goals = c.goals[edit.level]
      if (!goals.some((goal) => goal.id === edit.goalId)) throw new AppError('not-found', `There is no built-in goal with the id "${edit.goalId}" on that level.`)
      for (const id of edit.skillIds) skillAt(c, id)
      const skillIds = [...new Set(edit.skillIds)]
      return { ...c, goals: { ...c.goals, [edit.level]: goals.map((goal) => (goal.id === edit.goalId ? { ...goal, skillIds } : goal)) } }
    }
    case 'addFramework':
    case 'updateFramework':
      return applyFrameworkEdit(c, edit, newId)
  }
}

/** The curriculum with a removed skill, sub-topic or category put back in its place, or at the end of its list once that place is gone. */
export function restoreInCurriculum(c: Curriculum, entry: Extract<TrashEntry, { kind: CurriculumRemoval['kind'] }>): Curriculum {
  const insert = <T>(list: readonly T[], index: number, item: T): T[] => [...list.slice(0, index), item, ...list.slice(index)]
  switch (entry.kind) {
    case 'skill': {
      if (c.skills.length >= L.skills) throw new AppError('too-large', `A curriculum can hold up to ${L.skills} skills.`)
      if (c.skills.some((skill) => skill.id === entry.skill.id)) throw new AppError('conflict', `${entry.skill.title} is already in your curriculum.`)
      // A skill whose category went meanwhile goes to the first one.
      const category = c.categories.some((cat) => cat.id === entry.skill.category) ? entry.skill.category : c.categories[0]!.id
      return { ...c, skills: insert(c.skills, entry.index, { ...entry.skill, category }) }
    }
    case 'subtopic': {
      const owner = c.skills.find((skill) => skill.id === entry.skillId)
      if (!owner) throw new AppError('conflict', 'Its skill is in the trash: restore the skill first.')
      if (owner.subtopics.some((sub) => sub.id === entry.subtopic.id)) throw new AppError('conflict', `${owner.title} already has ${entry.subtopic.title}.`)
      if (owner.subtopics.length >= L.subtopics) throw new AppError('too-large', `A skill can have at most ${L.subtopics} sub-topics.`)
      return withSkill(c, owner.id, (skill) => ({ ...skill, subtopics: insert(skill.subtopics, entry.index, entry.subtopic) }))
    }
    case 'category':
      if (c.categories.length >= L.categories) throw new AppError('too-large', `A curriculum can hold up to ${L.categories} categories.`)
      if (c.categories.some((cat) => cat.id === entry.category.id)) throw new AppError('conflict', `${entry.category.title} is already in your curriculum.`)
      return { ...c, categories: insert(c.categories, entry.index, entry.category) }
    case 'framework':
      return { ...c, frameworks: restoreFramework(c, entry.framework, entry.index) }
  }
}
