import type { CurriculumEdit } from '../../shared/contract/curriculum'
import type { Curriculum, CurriculumSkill } from '../../shared/model'
import { AppError } from '../../shared/result'
import { CURRICULUM_LIMITS as L } from '../../shared/curriculum/limits'
import { keyAfter, moveByKey, reinsert, withKeys } from '../../shared/order/ordered'
import { applyFrameworkEdit, restoreFramework } from './framework-edits'

// Curriculum edits change, in place, only the nodes they touch (a renamed skill's title, a moved
// sub-topic's key and place), so the store's change records stay small and two computers' edits to
// different nodes merge. Every check comes before the first change: an edit refused halfway would
// leave the state changed in a store that writes in place. Nothing the learner recorded lives in
// the curriculum itself: progress, notes, time, evidence and cards are keyed by skill id elsewhere
// in the state, and a deleted skill or sub-topic goes to the trash.

/** Makes the ids of new items (main's randomUUID; tests pass a counter). */
export type IdMaker = (prefix: string) => string

function skillAt(c: Curriculum, skillId: string): { skill: CurriculumSkill; index: number } {
  const index = c.skills.findIndex((skill) => skill.id === skillId)
  const skill = c.skills[index]
  if (!skill) throw new AppError('not-found', `There is no skill with the id "${skillId}".`)
  return { skill, index }
}

function categoryAt(c: Curriculum, categoryId: string): { category: Curriculum['categories'][number]; index: number } {
  const index = c.categories.findIndex((category) => category.id === categoryId)
  const category = c.categories[index]
  if (!category) throw new AppError('not-found', `There is no category with the id "${categoryId}".`)
  return { category, index }
}

function subtopicIndex(skill: CurriculumSkill, subtopicId: string): number {
  const index = skill.subtopics.findIndex((sub) => sub.id === subtopicId)
  if (index < 0) throw new AppError('not-found', `${skill.title} has no sub-topic with the id "${subtopicId}".`)
  return index
}

function trashRoom(c: Curriculum): void {
  if (c.trash.length >= L.trash) throw new AppError('too-large', 'The curriculum trash is full; restore something from it first.')
}

/** Applies one edit to `c` in place; throws an AppError with a readable message (changing nothing) when it cannot be made. */
export function applyEdit(c: Curriculum, edit: CurriculumEdit, newId: IdMaker, now: string): void {
  switch (edit.op) {
    case 'addSkill': {
      categoryAt(c, edit.categoryId)
      if (c.skills.length >= L.skills) throw new AppError('too-large', `A curriculum can hold up to ${L.skills} skills.`)
      const subtopics = withKeys(edit.subtopics.map((title) => ({ id: newId('st'), title, resources: [] })))
      c.skills.push({ id: newId('sk'), order: keyAfter(c.skills), title: edit.title, category: edit.categoryId, summary: edit.summary, subtopics, hidden: false })
      return
    }
    case 'updateSkill': {
      const { skill } = skillAt(c, edit.skillId)
      if (edit.categoryId !== undefined) categoryAt(c, edit.categoryId)
      if (edit.title !== undefined) skill.title = edit.title
      if (edit.summary !== undefined) skill.summary = edit.summary
      // A skill that changes category keeps its key: it lands among the new category's skills by it.
      if (edit.categoryId !== undefined) skill.category = edit.categoryId
      return
    }
    case 'moveSkill': {
      const { skill } = skillAt(c, edit.skillId)
      moveByKey(c.skills, skill.id, edit.to, (a, b) => a.category === b.category)
      return
    }
    case 'hideSkill':
      skillAt(c, edit.skillId).skill.hidden = edit.hidden
      return
    case 'deleteSkill': {
      const { skill, index } = skillAt(c, edit.skillId)
      trashRoom(c)
      c.skills.splice(index, 1)
      c.trash.push({ id: newId('tr'), kind: 'skill', deletedAt: now, index, skill })
      return
    }
    case 'addSubtopic': {
      const { skill } = skillAt(c, edit.skillId)
      if (skill.subtopics.length >= L.subtopics) throw new AppError('too-large', `A skill can have at most ${L.subtopics} sub-topics.`)
      skill.subtopics.push({ id: newId('st'), order: keyAfter(skill.subtopics), title: edit.title, resources: [] })
      return
    }
    case 'renameSubtopic': {
      const { skill } = skillAt(c, edit.skillId)
      skill.subtopics[subtopicIndex(skill, edit.subtopicId)]!.title = edit.title
      return
    }
    case 'moveSubtopic': {
      const { skill } = skillAt(c, edit.skillId)
      subtopicIndex(skill, edit.subtopicId)
      moveByKey(skill.subtopics, edit.subtopicId, edit.to)
      return
    }
    case 'deleteSubtopic': {
      const { skill } = skillAt(c, edit.skillId)
      const index = subtopicIndex(skill, edit.subtopicId)
      trashRoom(c)
      const [subtopic] = skill.subtopics.splice(index, 1)
      c.trash.push({ id: newId('tr'), kind: 'subtopic', deletedAt: now, index, skillId: skill.id, subtopic: subtopic! })
      return
    }
    case 'addCategory':
      if (c.categories.length >= L.categories) throw new AppError('too-large', `A curriculum can hold up to ${L.categories} categories.`)
      c.categories.push({ id: newId('cat'), order: keyAfter(c.categories), title: edit.title, hidden: false })
      return
    case 'renameCategory':
      categoryAt(c, edit.categoryId).category.title = edit.title
      return
    case 'moveCategory':
      categoryAt(c, edit.categoryId)
      moveByKey(c.categories, edit.categoryId, edit.to)
      return
    case 'hideCategory':
      categoryAt(c, edit.categoryId).category.hidden = edit.hidden
      return
    case 'deleteCategory': {
      const { category, index } = categoryAt(c, edit.categoryId)
      if (c.skills.some((skill) => skill.category === category.id)) throw new AppError('conflict', `${category.title} still holds skills: move or delete them first.`)
      if (c.categories.length === 1) throw new AppError('conflict', 'The curriculum needs at least one category.')
      trashRoom(c)
      c.categories.splice(index, 1)
      c.trash.push({ id: newId('tr'), kind: 'category', deletedAt: now, index, category })
      return
    }
    case 'linkGoal': {
      const goal = c.goals[edit.level].find((g) => g.id === edit.goalId)
      if (!goal) throw new AppError('not-found', `There is no built-in goal with the id "${edit.goalId}" on that level.`)
      for (const id of edit.skillIds) skillAt(c, id)
      goal.skillIds = [...new Set(edit.skillIds)]
      return
    }
    case 'addFramework':
    case 'updateFramework':
    case 'removeFramework':
      applyFrameworkEdit(c, edit, newId, now)
      return
  }
}

/** Puts a trash entry back where it stood, in place (a skill whose category is gone goes to the first one). */
export function restoreFromTrash(c: Curriculum, trashId: string): void {
  const at = c.trash.findIndex((item) => item.id === trashId)
  const entry = c.trash[at]
  if (!entry) throw new AppError('not-found', 'That item is no longer in the trash.')
  switch (entry.kind) {
    case 'skill': {
      if (c.skills.length >= L.skills) throw new AppError('too-large', `A curriculum can hold up to ${L.skills} skills.`)
      const { skill } = entry
      if (!c.categories.some((cat) => cat.id === skill.category)) skill.category = c.categories[0]!.id
      reinsert(c.skills, skill, entry.index)
      break
    }
    case 'subtopic': {
      const owner = c.skills.find((skill) => skill.id === entry.skillId)
      if (!owner) throw new AppError('conflict', 'Its skill is in the trash: restore the skill first.')
      reinsert(owner.subtopics, entry.subtopic, entry.index)
      break
    }
    case 'category':
      reinsert(c.categories, entry.category, entry.index)
      break
    case 'framework':
      restoreFramework(c, entry.framework, entry.index)
      break
  }
  c.trash.splice(at, 1)
}
