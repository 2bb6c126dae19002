import { keysBetween } from '../../shared/order/order-key'
import { keyAt, type Ordered } from '../../shared/order/ordered'

// The step that gives every ordered item an order key in its present place: categories, skills
// (one key space over all skills, so within each category too), each skill's sub-topics, framework
// rows and each level's goals of the learner's own; items waiting in a trash get the key of the
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
  const items = isList(list) ? list.filter((item): item is Ordered => isObject(item) && typeof item.id === 'string' && typeof item.order === 'string') : []
  return keyAt(items, typeof index === 'number' && index >= 0 ? index : items.length)
}

const withOrder = (item: unknown, order: string): unknown => (isObject(item) ? { ...item, order } : item)

function keyedCurriculum(curriculum: unknown): unknown {
  if (!isObject(curriculum)) return curriculum
  const subtopicsKeyed = (skill: unknown): unknown => (isObject(skill) ? { ...skill, subtopics: keyed(skill.subtopics) } : skill)
  const skills = keyed(curriculum.skills)
  const liveSkills = isList(skills) ? skills.map(subtopicsKeyed) : skills
  const categories = keyed(curriculum.categories)
  const frameworks = keyed(curriculum.frameworks)
  const subtopicsOf = (skillId: unknown): unknown => (isList(liveSkills) ? liveSkills.find((skill) => isObject(skill) && skill.id === skillId) : undefined)
  const trash = isList(curriculum.trash)
    ? curriculum.trash.map((entry) => {
        if (!isObject(entry)) return entry
        switch (entry.kind) {
          case 'skill':
            return { ...entry, skill: withOrder(subtopicsKeyed(entry.skill), slotKey(liveSkills, entry.index)) }
          case 'subtopic': {
            const owner = subtopicsOf(entry.skillId)
            return { ...entry, subtopic: withOrder(entry.subtopic, slotKey(isObject(owner) ? owner.subtopics : [], entry.index)) }
          }
          case 'category':
            return { ...entry, category: withOrder(entry.category, slotKey(categories, entry.index)) }
          case 'framework':
            return { ...entry, framework: withOrder(entry.framework, slotKey(frameworks, entry.index)) }
          default:
            return entry
        }
      })
    : curriculum.trash
  return { ...curriculum, categories, skills: liveSkills, frameworks, trash }
}

/** A data file of version `from` with order keys everywhere an order is kept, as version `from + 1`. */
export function addOrderKeys(from: number): (data: Json) => Json {
  return (data) => {
    const levels = isObject(data.levels) ? { ...data.levels } : data.levels
    if (isObject(levels)) for (const id of ['entry', 'mid', 'senior']) if (isObject(levels[id])) levels[id] = { ...levels[id], customGoals: keyed(levels[id].customGoals) }
    const goalsOf = (level: unknown): unknown => (isObject(levels) && typeof level === 'string' && isObject(levels[level]) ? levels[level].customGoals : [])
    const trash = isList(data.trash)
      ? data.trash.map((entry) => (isObject(entry) && entry.kind === 'goal' ? { ...entry, goal: withOrder(entry.goal, slotKey(goalsOf(entry.level), entry.index)) } : entry))
      : data.trash
    return { ...data, schemaVersion: from + 1, curriculum: keyedCurriculum(data.curriculum), levels, trash }
  }
}
