import type { AnswerOf } from './call'
import type { NoteMeta } from '../../../shared/contract'

/** Every note's id, skill and title, as `[[` links can name them. */
export type LinkTargetList = AnswerOf<'notes.linkTargets'>['notes']

/** The list after main answered `meta` for a note (created or saved): its title follows, a new note joins. */
export function targetsWith(list: LinkTargetList | null, meta: NoteMeta): LinkTargetList | null {
  if (!list) return null
  const { id, skillId, title, createdAt } = meta
  const at = list.findIndex((note) => note.id === id)
  if (at < 0) return [...list, { id, skillId, title, createdAt }]
  if (list[at]?.title === title) return list
  return list.map((note, i) => (i === at ? { id, skillId, title, createdAt } : note))
}

/** The list without a deleted note. */
export function targetsWithout(list: LinkTargetList | null, id: string): LinkTargetList | null {
  return list ? list.filter((note) => note.id !== id) : null
}
