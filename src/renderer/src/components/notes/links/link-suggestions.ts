import { linkKey } from '../../../../../shared/links/link-names'

/** One suggestion after `[[`: a skill or a note, by the name the link will use. */
export interface LinkSuggestion {
  key: string
  name: string
  kind: 'Skill' | 'Note'
}

/** How many suggestions the list shows at most. */
export const MAX_SUGGESTIONS = 8

/** Skills and notes whose name contains `query`, names starting with it first. */
export function suggestionsFor(
  query: string,
  skills: ReadonlyArray<{ id: string; title: string }>,
  notes: ReadonlyArray<{ id: string; title: string }>,
): LinkSuggestion[] {
  const key = linkKey(query)
  const all: LinkSuggestion[] = [
    ...skills.map((skill) => ({ key: `skill:${skill.id}`, name: skill.title, kind: 'Skill' as const })),
    ...notes
      .filter((note) => note.title.trim() !== '')
      .map((note) => ({ key: `note:${note.id}`, name: note.title.trim(), kind: 'Note' as const })),
  ]
  const matching = all.filter((item) => linkKey(item.name).includes(key))
  const starts = (item: LinkSuggestion): number => (linkKey(item.name).startsWith(key) ? 0 : 1)
  return matching.sort((a, b) => starts(a) - starts(b) || a.name.localeCompare(b.name)).slice(0, MAX_SUGGESTIONS)
}
