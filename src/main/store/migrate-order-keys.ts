import { keysBetween } from '../../shared/order/order-key'
import { keyAt, type Ordered } from '../../shared/order/ordered'

// The step that gives every ordered item an order key in its present place: categories, skills
// (one key space over all skills, so within each category too), each skill's sub-topics, framework
// rows and each level's goals of the learner's own; items waiting in the trash get the key of the
// place they would be restored to. It reads unchecked JSON: what is not the expected shape is left
// as it is for validation to report. Its own module so steps beside it can be renumbered freely.

type Json = Record<string, unknown>

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value)
/** A list of unchecked JSON values (Array.isArray alone would type its items as any). */
const isList = (value: unknown): value is unknown[] => Array.isArray(value)

/** The list with keys in its present order (non-objects left alone). */
function keyed(list: unknown): unknown {
  if (!isList(list)) return list
  const keys = keysBetween(null, null, list.length)
  return list.map((item, i) => (isObject(item) ? { ...item, order: keys[i] } : item))
}

/** The key of the place `index` of a keyed list (for an item in a trash). */
function slotKey(list: unknown, index: unknown): string {
  const items = isList(list)
    ? list.filter(
        (item): item is Ordered => isObject(item) && typeof item.id === 'string' && typeof item.order === 'string',
      )
    : []
  return keyAt(items, typeof index === 'number' && index >= 0 ? index : items.length)
}

const withOrder = (item: unknown, order: string): unknown => (isObject(item) ? { ...item, order } : item)

function keyedCurriculum(curriculum: unknown): unknown {
  if (!isObject(curriculum)) return curriculum
  const skills = keyed(curriculum.skills)
  return {
    ...curriculum,
    categories: keyed(curriculum.categories),
    skills: isList(skills) ? skills.map(subtopicsKeyed) : skills,
    frameworks: keyed(curriculum.frameworks),
  }
}

const subtopicsKeyed = (skill: unknown): unknown =>
  isObject(skill) ? { ...skill, subtopics: keyed(skill.subtopics) } : skill

/** A trash entry whose item has the key of the place it would be restored to in `data` (already keyed). */
function keyedEntry(entry: unknown, data: Json): unknown {
  if (!isObject(entry)) return entry
  const curriculum = isObject(data.curriculum) ? data.curriculum : {}
  const levels = isObject(data.levels) ? data.levels : {}
  switch (entry.kind) {
    case 'skill':
      return { ...entry, skill: withOrder(subtopicsKeyed(entry.skill), slotKey(curriculum.skills, entry.index)) }
    case 'subtopic': {
      const owner = isList(curriculum.skills)
        ? curriculum.skills.find((skill) => isObject(skill) && skill.id === entry.skillId)
        : undefined
      return {
        ...entry,
        subtopic: withOrder(entry.subtopic, slotKey(isObject(owner) ? owner.subtopics : [], entry.index)),
      }
    }
    case 'category':
      return { ...entry, category: withOrder(entry.category, slotKey(curriculum.categories, entry.index)) }
    case 'framework':
      return { ...entry, framework: withOrder(entry.framework, slotKey(curriculum.frameworks, entry.index)) }
    case 'goal': {
      const level = typeof entry.level === 'string' ? levels[entry.level] : undefined
      return { ...entry, goal: withOrder(entry.goal, slotKey(isObject(level) ? level.customGoals : [], entry.index)) }
    }
    default:
      return entry
  }
}

/** A data file of version `from` with order keys everywhere an order is kept (items in the one trash too), as version `from + 1`. */
export function addOrderKeys(from: number): (data: Json) => Json {
  return (data) => {
    const levels = isObject(data.levels) ? { ...data.levels } : data.levels
    if (isObject(levels))
      for (const id of ['entry', 'mid', 'senior'])
        if (isObject(levels[id])) levels[id] = { ...levels[id], customGoals: keyed(levels[id].customGoals) }
    const keyedData = { ...data, schemaVersion: from + 1, curriculum: keyedCurriculum(data.curriculum), levels }
    return {
      ...keyedData,
      trash: isList(data.trash) ? data.trash.map((entry) => keyedEntry(entry, keyedData)) : data.trash,
    }
  }
}
