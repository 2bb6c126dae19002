import { LEVEL_IDS, type LevelId } from '../../../shared/curriculum/levels'
import { skillOf } from '../../../shared/curriculum/access'
import { NOTHING_YET } from './no-curriculum'
import type { Curriculum } from '../../../shared/schemas/curriculum'
import type { StateView } from '../../../shared/contract'
import type { SearchHit } from '../../../shared/contract/search'
import { levelGoals } from '../../../shared/levels/readiness'

/** An item a link, a search hit or a palette entry lands on. A sub-topic and a note also name their skill. */
export type ItemTarget =
  | { kind: 'skill'; id: string }
  | { kind: 'subtopic'; id: string; skillId: string }
  | { kind: 'note'; id: string; skillId: string }
  | { kind: 'goal'; id: string }
  | { kind: 'framework'; id: string }
  | { kind: 'card'; id: string }

/** The kinds of item there are. */
export type ItemKind = ItemTarget['kind']

/** What the control showing an item is asked for: `kind:id` (a sub-topic's id is `skillId:subtopicId`). */
export type ItemIntent = `${ItemKind}:${string}`

/** Where an item lands: the view, what to select or open there first, and the intent its control answers. */
export interface Landing {
  /** One of the views (ui-slice's ViewId); named here so this module stays free of the store. */
  view: 'skills' | 'levels' | 'frameworks' | 'review'
  intent: ItemIntent
  /** The skill (and note) to select in Skills; null note: the skill's most recent one. */
  select?: { skillId: string; noteId: string | null }
  /** The level to open in Levels, so the goal's row can take focus. */
  openLevel?: LevelId
}

/** The item a search hit stands for: its note, its sub-topic, or else its skill. */
export function hitTarget(hit: SearchHit): ItemTarget {
  if (hit.kind === 'note' && hit.noteId) return { kind: 'note', id: hit.noteId, skillId: hit.skillId }
  if (hit.kind === 'subtopic' && hit.subtopicId) return { kind: 'subtopic', id: hit.subtopicId, skillId: hit.skillId }
  return { kind: 'skill', id: hit.skillId }
}

/** The intent for an item. */
export function itemIntent(target: ItemTarget): ItemIntent {
  return target.kind === 'subtopic' ? `subtopic:${target.skillId}:${target.id}` : `${target.kind}:${target.id}`
}

/** The level holding goal `id` (built in or the learner's own), if any. */
function levelOfGoal(curriculum: Curriculum, data: StateView, id: string): LevelId | undefined {
  return LEVEL_IDS.find((level) => levelGoals(curriculum, level, data.levels).some((goal) => goal.id === id))
}

/**
 * Where `target` lands, checked against the state: null when it names nothing there (an unknown
 * skill or sub-topic, a deleted goal or card). Notes and frameworks are checked where they show
 * (a skill's notes are fetched with its list, the frameworks load with their view).
 */
export function landingOf(target: ItemTarget, data: StateView | null): Landing | null {
  const intent = itemIntent(target)
  const curriculum = data?.curriculum ?? NOTHING_YET
  switch (target.kind) {
    case 'skill':
      return skillOf(curriculum, target.id)
        ? { view: 'skills', intent, select: { skillId: target.id, noteId: null } }
        : null
    case 'subtopic':
      return skillOf(curriculum, target.skillId)?.subtopics.some((sub) => sub.id === target.id)
        ? { view: 'skills', intent, select: { skillId: target.skillId, noteId: null } }
        : null
    case 'note':
      return skillOf(curriculum, target.skillId)
        ? { view: 'skills', intent, select: { skillId: target.skillId, noteId: target.id } }
        : null
    case 'goal': {
      const level = data ? levelOfGoal(curriculum, data, target.id) : undefined
      return level ? { view: 'levels', intent, openLevel: level } : null
    }
    case 'framework':
      return { view: 'frameworks', intent }
    case 'card':
      return data && Object.hasOwn(data.review.custom, target.id) ? { view: 'review', intent } : null
  }
}
