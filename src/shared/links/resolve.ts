import { linkKey } from './link-names'

/** What a link can point at: a note (opened on its skill) or a skill. */
export type LinkTarget =
  { kind: 'note'; id: string; skillId: string; title: string } | { kind: 'skill'; id: string; title: string }

/** The names a link can be resolved against: notes by title, skills by title or id. */
export interface LinkNames {
  notes: ReadonlyArray<{ id: string; skillId: string; title: string; createdAt: string }>
  skills: ReadonlyArray<{ id: string; title: string }>
}

/** Resolves names to targets: built once for many links. */
export type Resolver = (target: string) => LinkTarget | null

/**
 * A resolver over `names`. A note title wins over a skill of the same name (the learner named the
 * note); of two notes with one title, the one created first; then a skill by title, then by id.
 */
export function linkResolver(names: LinkNames): Resolver {
  const byKey = new Map<string, LinkTarget>()
  for (const skill of names.skills) {
    byKey.set(linkKey(skill.id), { kind: 'skill', id: skill.id, title: skill.title })
  }
  for (const skill of names.skills) byKey.set(linkKey(skill.title), { kind: 'skill', id: skill.id, title: skill.title })
  const newestFirst = [...names.notes]
    .filter((note) => note.title.trim() !== '')
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || (a.id < b.id ? 1 : -1))
  // The oldest note is set last, so it wins.
  for (const note of newestFirst)
    byKey.set(linkKey(note.title), { kind: 'note', id: note.id, skillId: note.skillId, title: note.title.trim() })
  return (target) => byKey.get(linkKey(target)) ?? null
}
