import type { CurriculumEdit } from '../../shared/contract/curriculum'
import type { Curriculum, CurriculumSkill, TrashEntry } from '../../shared/model'
import type { Removal } from '../handlers/trash'
import { AppError } from '../../shared/result'
import { CURRICULUM_LIMITS as L } from '../../shared/curriculum/limits'
import { applyFrameworkEdit, removeFramework, restoreFramework } from './framework-edits'
import type { NewId } from '../../shared/curriculum/new-id'
import { keyAfter, moveByKey, reinsert, withKeys, type Move } from '../../shared/order/ordered'

// Curriculum edits as pure functions: each takes the curriculum and answers a new one (never
// changing the one given, so the indexes cached per curriculum object stay right). Nothing the
// learner recorded lives in the curriculum itself: progress, notes, time, evidence and cards are
// keyed by skill id elsewhere in the state, and a deleted skill, sub-topic, category or framework
// row goes to the app's one trash (the edit names it; the handler puts it there in the same write).
// Order is a key per item: a move changes the moved item's key and place only, a new item takes a
// key after the last, a restored one its own key (or a new one where its key is taken).

function skillAt(c: Curriculum, skillId: string): { skill: CurriculumSkill; index: number } {
  const index = c.skills.findIndex((skill) => skill.id === skillId)
  const skill = c.skills[index]
  if (!skill) throw new AppError('not-found', `There is no skill with the id "${skillId}".`)
  return { skill, index }
}

function requireCategory(c: Curriculum, categoryId: string): void {
  if (!c.categories.some((category) => category.id === categoryId))
    throw new AppError('not-found', `There is no category with the id "${categoryId}".`)
}

function subtopicIndex(skill: CurriculumSkill, subtopicId: string): number {
  const index = skill.subtopics.findIndex((sub) => sub.id === subtopicId)
  if (index < 0) throw new AppError('not-found', `${skill.title} has no sub-topic with the id "${subtopicId}".`)
  return index
}

/** `list` with the item `id` moved among its peers: only that item (a copy) gets a new key and place. */
function movedByKey<T extends { id: string; order: string }>(
  list: readonly T[],
  id: string,
  to: Move,
  samePlace?: (a: T, b: T) => boolean,
): T[] {
  const out = list.map((item) => (item.id === id ? { ...item } : item))
  return moveByKey(out, id, to, samePlace) ? out : [...list]
}

/** `list` with `item` (a copy) put back at its own key, or at `index` with a new key where its key is taken. */
function putBack<T extends { id: string; order: string }>(list: readonly T[], item: T, index: number): T[] {
  const out = [...list]
  reinsert(out, { ...item }, index)
  return out
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
      return {
        curriculum: { ...c, skills: c.skills.filter((s) => s.id !== skill.id) },
        removed: { kind: 'skill', index, skill },
      }
    }
    case 'deleteSubtopic': {
      const { skill } = skillAt(c, edit.skillId)
      const index = subtopicIndex(skill, edit.subtopicId)
      const subtopic = skill.subtopics[index]!
      const curriculum = withSkill(c, skill.id, (s) => ({
        ...s,
        subtopics: s.subtopics.filter((sub) => sub.id !== subtopic.id),
      }))
      return { curriculum, removed: { kind: 'subtopic', index, skillId: skill.id, subtopic } }
    }
    case 'deleteCategory': {
      requireCategory(c, edit.categoryId)
      const index = c.categories.findIndex((cat) => cat.id === edit.categoryId)
      const category = c.categories[index]!
      if (c.skills.some((skill) => skill.category === category.id))
        throw new AppError('conflict', `${category.title} still holds skills: move or delete them first.`)
      if (c.categories.length === 1) throw new AppError('conflict', 'The curriculum needs at least one category.')
      return {
        curriculum: { ...c, categories: c.categories.filter((cat) => cat.id !== category.id) },
        removed: { kind: 'category', index, category },
      }
    }
    case 'removeFramework':
      return removeFramework(c, edit.frameworkId)
    default:
      return { curriculum: changed(c, edit, newId), removed: null }
  }
}

/** Applies an edit that removes nothing. */
function changed(
  c: Curriculum,
  edit: Exclude<CurriculumEdit, { op: 'deleteSkill' | 'deleteSubtopic' | 'deleteCategory' | 'removeFramework' }>,
  newId: NewId,
): Curriculum {
  switch (edit.op) {
    case 'addSkill': {
      requireCategory(c, edit.categoryId)
      if (c.skills.length >= L.skills)
        throw new AppError('too-large', `A curriculum can hold up to ${L.skills} skills.`)
      const skill: CurriculumSkill = {
        id: newId('sk'),
        order: keyAfter(c.skills),
        title: edit.title,
        category: edit.categoryId,
        summary: edit.summary,
        subtopics: withKeys(edit.subtopics.map((title) => ({ id: newId('st'), title, resources: [] }))),
        hidden: false,
      }
      return { ...c, skills: [...c.skills, skill] }
    }
    case 'updateSkill': {
      const { categoryId } = edit
      if (categoryId !== undefined) requireCategory(c, categoryId)
      return withSkill(c, edit.skillId, (skill) => ({
        ...skill,
        title: edit.title ?? skill.title,
        summary: edit.summary ?? skill.summary,
        category: categoryId ?? skill.category,
      }))
    }
    case 'moveSkill': {
      const { skill } = skillAt(c, edit.skillId)
      // Skills move among the skills of their own category; the others keep their keys and places.
      return { ...c, skills: movedByKey(c.skills, skill.id, edit.to, (a, b) => a.category === b.category) }
    }
    case 'hideSkill':
      return withSkill(c, edit.skillId, (skill) => ({ ...skill, hidden: edit.hidden }))
    case 'addSubtopic':
      return withSkill(c, edit.skillId, (skill) => {
        if (skill.subtopics.length >= L.subtopics)
          throw new AppError('too-large', `A skill can have at most ${L.subtopics} sub-topics.`)
        return {
          ...skill,
          subtopics: [
            ...skill.subtopics,
            { id: newId('st'), order: keyAfter(skill.subtopics), title: edit.title, resources: [] },
          ],
        }
      })
    case 'renameSubtopic':
      return withSkill(c, edit.skillId, (skill) => {
        const index = subtopicIndex(skill, edit.subtopicId)
        return {
          ...skill,
          subtopics: skill.subtopics.map((sub, i) => (i === index ? { ...sub, title: edit.title } : sub)),
        }
      })
    case 'moveSubtopic':
      return withSkill(c, edit.skillId, (skill) => {
        subtopicIndex(skill, edit.subtopicId)
        return { ...skill, subtopics: movedByKey(skill.subtopics, edit.subtopicId, edit.to) }
      })
    case 'addCategory':
      if (c.categories.length >= L.categories)
        throw new AppError('too-large', `A curriculum can hold up to ${L.categories} categories.`)
      return {
        ...c,
        categories: [
          ...c.categories,
          { id: newId('cat'), order: keyAfter(c.categories), title: edit.title, hidden: false },
        ],
      }
    case 'renameCategory':
      requireCategory(c, edit.categoryId)
      return {
        ...c,
        categories: c.categories.map((cat) => (cat.id === edit.categoryId ? { ...cat, title: edit.title } : cat)),
      }
    case 'moveCategory':
      requireCategory(c, edit.categoryId)
      return { ...c, categories: movedByKey(c.categories, edit.categoryId, edit.to) }
    case 'hideCategory':
      requireCategory(c, edit.categoryId)
      return {
        ...c,
        categories: c.categories.map((cat) => (cat.id === edit.categoryId ? { ...cat, hidden: edit.hidden } : cat)),
      }
    case 'linkGoal': {
      const goals = c.goals[edit.level]
      if (!goals.some((goal) => goal.id === edit.goalId))
        throw new AppError('not-found', `There is no built-in goal with the id "${edit.goalId}" on that level.`)
      for (const id of edit.skillIds) skillAt(c, id)
      const skillIds = [...new Set(edit.skillIds)]
      return {
        ...c,
        goals: {
          ...c.goals,
          [edit.level]: goals.map((goal) => (goal.id === edit.goalId ? { ...goal, skillIds } : goal)),
        },
      }
    }
    case 'addFramework':
    case 'updateFramework':
      return applyFrameworkEdit(c, edit, newId)
  }
}

/** The curriculum with a removed skill, sub-topic or category put back at its own key, or with a new key at its old place where that key is taken. */
export function restoreInCurriculum(
  c: Curriculum,
  entry: Extract<TrashEntry, { kind: CurriculumRemoval['kind'] }>,
): Curriculum {
  switch (entry.kind) {
    case 'skill': {
      if (c.skills.length >= L.skills)
        throw new AppError('too-large', `A curriculum can hold up to ${L.skills} skills.`)
      if (c.skills.some((skill) => skill.id === entry.skill.id))
        throw new AppError('conflict', `${entry.skill.title} is already in your curriculum.`)
      // A skill whose category went meanwhile goes to the first one.
      const category = c.categories.some((cat) => cat.id === entry.skill.category)
        ? entry.skill.category
        : c.categories[0]!.id
      return { ...c, skills: putBack(c.skills, { ...entry.skill, category }, entry.index) }
    }
    case 'subtopic': {
      const owner = c.skills.find((skill) => skill.id === entry.skillId)
      if (!owner) throw new AppError('conflict', 'Its skill is in the trash: restore the skill first.')
      if (owner.subtopics.some((sub) => sub.id === entry.subtopic.id))
        throw new AppError('conflict', `${owner.title} already has ${entry.subtopic.title}.`)
      if (owner.subtopics.length >= L.subtopics)
        throw new AppError('too-large', `A skill can have at most ${L.subtopics} sub-topics.`)
      return withSkill(c, owner.id, (skill) => ({
        ...skill,
        subtopics: putBack(skill.subtopics, entry.subtopic, entry.index),
      }))
    }
    case 'category':
      if (c.categories.length >= L.categories)
        throw new AppError('too-large', `A curriculum can hold up to ${L.categories} categories.`)
      if (c.categories.some((cat) => cat.id === entry.category.id))
        throw new AppError('conflict', `${entry.category.title} is already in your curriculum.`)
      return { ...c, categories: putBack(c.categories, entry.category, entry.index) }
    case 'framework':
      return { ...c, frameworks: restoreFramework(c, entry.framework, entry.index) }
  }
}
