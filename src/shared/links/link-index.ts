import { linkKey } from './link-names'
import { wikiLinkTargets } from './wiki-links'
import { own } from '../own'

/** What the index needs of a note; the notes record of the state fits. */
export interface LinkedNote {
  id: string
  body: string
}

/**
 * Which notes link to which names, kept in step with the notes one save at a time: a save reads
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
  /** The build under way, shared by everyone waiting for it. */
  #building: Promise<void> | null = null
  /** Notes changed while a build was under way: re-read once it ends. */
  #changedDuringBuild = new Set<string>()
  #staleDuringBuild = false
  #inBuild = false

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

  /**
   * Builds the index unless it is current, `sliceMs` of work at a time with a pause for other work
   * between slices (a first build reads every note with links: tens of milliseconds on years of
   * notes, which must not hold up the saves and queries waiting behind it). Resolves once it is current.
   */
  async ready(
    yieldToOthers: () => Promise<void> = () => new Promise((resolve) => setTimeout(resolve, 0)),
    sliceMs = 12,
  ): Promise<void> {
    while (!this.#built) {
      this.#building ??= this.#buildInSlices(yieldToOthers, sliceMs).finally(() => (this.#building = null))
      await this.#building
    }
  }

  async #buildInSlices(yieldToOthers: () => Promise<void>, sliceMs: number): Promise<void> {
    this.#changedDuringBuild.clear()
    this.#staleDuringBuild = false
    this.#inBuild = true
    try {
      await this.#slices(yieldToOthers, sliceMs)
    } finally {
      this.#inBuild = false
    }
    if (this.#staleDuringBuild) return
    const changed = [...this.#changedDuringBuild]
    this.#changedDuringBuild.clear()
    this.notesChanged(changed)
  }

  async #slices(yieldToOthers: () => Promise<void>, sliceMs: number): Promise<void> {
    const out = new Map<string, string[]>()
    const into = new Map<string, Set<string>>()
    const notes = Object.values(this.#notes())
    let sliceStart = performance.now()
    for (const note of notes) {
      LinkIndex.#addTo(out, into, note)
      if (performance.now() - sliceStart > sliceMs) {
        await yieldToOthers()
        sliceStart = performance.now()
      }
    }
    if (this.#staleDuringBuild) return
    this.#out = out
    this.#in = into
    this.#built = true
  }

  static #addTo(out: Map<string, string[]>, into: Map<string, Set<string>>, note: LinkedNote): void {
    const keys = [...new Set(wikiLinkTargets(note.body).map(linkKey))]
    if (keys.length === 0) return
    out.set(note.id, keys)
    for (const key of keys) {
      let set = into.get(key)
      if (!set) into.set(key, (set = new Set()))
      set.add(note.id)
    }
  }

  #add(note: LinkedNote): void {
    LinkIndex.#addTo(this.#out, this.#in, note)
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
    if (this.#inBuild) for (const id of ids) this.#changedDuringBuild.add(id)
    if (!this.#built) return
    const notes = this.#notes()
    for (const id of ids) {
      this.#remove(id)
      const note = own(notes, id)
      if (note) this.#add(note)
    }
  }

  /** The whole state changed (import, restore): the next query rebuilds. */
  allNotesChanged(): void {
    this.#built = false
    if (this.#inBuild) this.#staleDuringBuild = true
  }

  /** Ids of the notes with a link to any of `names` (builds at once if not built: await ready() first to build in slices). */
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
