import type { Curriculum } from '../schemas/curriculum'
import { CATEGORY_LABELS, SKILLS } from './skills'
import { LEVELS } from './levels'
import { FRAMEWORKS } from './frameworks'
import { BUILT_IN_LINKS_RELEASE, builtInLinksOf } from './builtin-links'
import { withKeys } from '../order/ordered'

/**
 * The built-in backend curriculum as data, with the ids it always had: the seed of a new data
 * file and of the migration from version 1, its sub-topics with their built-in links, every list keyed in its written order. A fresh deep copy each time, so states never share one.
 */
export function defaultCurriculum(): Curriculum {
  return structuredClone({
    version: 1 as const,
    categories: withKeys(Object.entries(CATEGORY_LABELS).map(([id, title]) => ({ id, title, hidden: false }))),
    skills: withKeys(
      SKILLS.map((skill) => ({
        id: skill.id,
        title: skill.title,
        category: skill.category,
        summary: skill.summary,
        subtopics: withKeys(skill.subtopics.map((s) => ({ ...s, resources: builtInLinksOf(skill.id, s.id) }))),
        hidden: false,
      })),
    ),
    goals: {
      entry: goalsOf('entry'),
      mid: goalsOf('mid'),
      senior: goalsOf('senior'),
    },
    frameworks: withKeys(FRAMEWORKS),
    packs: [],
    builtInLinks: BUILT_IN_LINKS_RELEASE,
  })
}

function goalsOf(level: 'entry' | 'mid' | 'senior'): Curriculum['goals']['entry'] {
  return (LEVELS.find((l) => l.id === level)?.goals ?? []).map((goal) => ({
    id: goal.id,
    title: goal.title,
    skillIds: [...goal.skillIds],
  }))
}
