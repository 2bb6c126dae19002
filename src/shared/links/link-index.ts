import { linkKey, parseWikiLinks } from './wiki-links'

/** What the index needs of a note; the notes record of the state fits. */
export interface LinkedNote {
  id: string
  body: string
}

/**
 * Which notes link to which names, kept in step with the notes one save at a time: a save parses
 * only the note it changed. Names are kept as written (compared by linkKey), so what a name means
 * (which note has that title now) is decided when asked, and a rename needs no re-index of others.
 */
export class LinkIndex {
  readonly #notes: () => Readonly<Record<string, LinkedNote>>
  /** Each note's link keys. */
  #out = new Map<string, string[]>()
  /** For each link key, the notes linking to it. */
  #in = new Map<string, Set<string>>()
  #built = false

  constructor(notes: () => Readonly<Record<string, LinkedNote>>) {
    this.#notes = notes
  }

  /** Parses every note again (start-up, or after the whole state was replaced). */
  rebuild(): void {
    this.#out = new Map()
    this.#in = new Map()
    for (const note of Object.values(this.#notes())) this.#add(note)
    this.#built = true
  }

  #add(note: LinkedNote): void {
    const keys = [...new Set(parseWikiLinks(note.body).map((link) => linkKey(link.target)))]
    if (keys.length === 0) return
    this.#out.set(note.id, keys)
    for (const key of keys) {
      let set = this.#in.get(key)
      if (!set) this.#in.set(key, (set = new Set()))
      set.add(note.id)
    }
  }

  #remove(id: string): void {
    for (const key of this.#out.get(id) ?? []) {
      const set = this.#in.get(key)
      set?.delete(id)
      if (set?.size === 0) this.#in.delete(key)
    }
    this.#out.delete(id)
  }

  /** Re-reads the given notes (saved, created, deleted); before the first query this waits for the build. */
  notesChanged(ids: readonly string[]): void {
    if (!this.#built) return
    const notes = this.#notes()
    for (const id of ids) {
      this.#remove(id)
      const note = Object.hasOwn(notes, id) ? notes[id] : undefined
      if (note) this.#add(note)
    }
  }

  /** The whole state changed (import, restore): the next query rebuilds. */
  allNotesChanged(): void {
    this.#built = false
  }

  /** Ids of the notes with a link to any of `names`. */
  linkersOf(names: readonly string[]): string[] {
    if (!this.#built) this.rebuild()
    const ids = new Set<string>()
    for (const name of names) for (const id of this.#in.get(linkKey(name)) ?? []) ids.add(id)
    return [...ids]
  }

  /** The names a note links to, as link keys. */
  linksOf(id: string): readonly string[] {
    if (!this.#built) this.rebuild()
    return this.#out.get(id) ?? []
  }
}
