import { skillOf } from '../curriculum/access'
import { defaultCurriculum } from '../curriculum/default'
import type { Curriculum } from '../schemas/curriculum'
import { snippetAround, tokenize } from './text-match'
import { TermIndex, type RankedSlot } from './term-index'
import type { SearchHit } from '../contract/search'
import { noteDisplayTitle } from '../notes/title'
import { own } from '../own'

export { noteDisplayTitle }

/** What the index needs of a note; the full notes record of the state fits. */
export interface IndexedNote {
  id: string
  skillId: string
  title: string
  body: string
  updatedAt: string
}

interface Doc {
  id: string
  kind: SearchHit['kind']
  skillId: string
  subtopicId?: string
  noteId?: string
  title: string
  text: string
}

function curriculumDocs(curriculum: Curriculum): Doc[] {
  return curriculum.skills.flatMap((skill) => [
    { id: `skill:${skill.id}`, kind: 'skill' as const, skillId: skill.id, title: skill.title, text: skill.summary },
    ...skill.subtopics.map((sub) => ({
      id: `sub:${skill.id}:${sub.id}`,
      kind: 'subtopic' as const,
      skillId: skill.id,
      subtopicId: sub.id,
      title: sub.title,
      text: '',
    })),
  ])
}

// Tests and benches that index notes only search the built-in curriculum.
let fallback: Curriculum | null = null
const builtIn = (): Curriculum => (fallback ??= defaultCurriculum())

function noteDoc(note: IndexedNote): Doc {
  return {
    id: `note:${note.id}`,
    kind: 'note',
    skillId: note.skillId,
    noteId: note.id,
    title: noteDisplayTitle(note),
    text: note.body,
  }
}

/** The index itself and the documents in its slots. */
interface Built {
  terms: TermIndex
  docs: Map<number, Doc>
  slots: Map<string, number>
}

/**
 * Full-text search over the curriculum and the learner's notes, with prefix and fuzzy
 * matching. Built on the first query; after that it is told which notes changed.
 */
export class SearchIndex {
  readonly #notes: () => Readonly<Record<string, IndexedNote>>
  readonly #curriculum: () => Curriculum
  /** The curriculum the index holds: a curriculum edit replaces the object, and the next query re-indexes it. */
  #indexed: { curriculum: Curriculum; ids: string[] } | null = null
  #index: Built | null = null
  /** updatedAt of each indexed note, to compare every note when told all may have changed. */
  readonly #versions = new Map<string, string>()
  /** Set by allNotesChanged: the next query compares every note before it searches. */
  #unsure = false

  constructor(notes: () => Readonly<Record<string, IndexedNote>>, curriculum: () => Curriculum = builtIn) {
    this.#notes = notes
    this.#curriculum = curriculum
  }

  /** Whether the index has been built yet. */
  get built(): boolean {
    return this.#index !== null
  }

  #build(): Built {
    const index: Built = { terms: new TermIndex(), docs: new Map(), slots: new Map() }
    this.#indexCurriculum(index)
    for (const note of Object.values(this.#notes())) this.#put(index, note)
    return index
  }

  #add(index: Built, doc: Doc): void {
    const slot = index.terms.add({ title: tokenize(doc.title), text: tokenize(doc.text) })
    index.docs.set(slot, doc)
    index.slots.set(doc.id, slot)
  }

  /** Re-indexes the notes with these ids as they are now (added, changed or gone); a no-op until built. */
  notesChanged(ids: Iterable<string>): void {
    if (!this.#index) return
    const notes = this.#notes()
    for (const id of ids) {
      const note = own(notes, id)
      if (note) this.#put(this.#index, note)
      else this.#drop(this.#index, id)
    }
  }

  /**
   * Any note may have changed (the whole state was replaced): the next query compares every
   * note with what was indexed. Marking it instead of scanning now spares a walk over
   * thousands of notes until someone searches.
   */
  allNotesChanged(): void {
    this.#unsure = true
  }

  #put(index: Built, note: IndexedNote): void {
    this.#drop(index, note.id)
    this.#add(index, noteDoc(note))
    this.#versions.set(note.id, note.updatedAt)
  }

  #drop(index: Built, id: string): void {
    if (!this.#versions.has(id)) return
    const slot = index.slots.get(`note:${id}`)
    if (slot !== undefined) {
      index.terms.remove(slot)
      index.docs.delete(slot)
      index.slots.delete(`note:${id}`)
    }
    this.#versions.delete(id)
  }

  #indexCurriculum(index: Built): void {
    for (const id of this.#indexed?.ids ?? []) {
      const slot = index.slots.get(id)
      if (slot === undefined) continue
      index.terms.remove(slot)
      index.docs.delete(slot)
      index.slots.delete(id)
    }
    const curriculum = this.#curriculum()
    const docs = curriculumDocs(curriculum)
    for (const doc of docs) this.#add(index, doc)
    this.#indexed = { curriculum, ids: docs.map((doc) => doc.id) }
  }

  /** Builds the index, or brings it in line with every note when told all may have changed. */
  #ready(): Built {
    if (!this.#index) {
      this.#unsure = false
      return (this.#index = this.#build())
    }
    if (this.#indexed?.curriculum !== this.#curriculum()) this.#indexCurriculum(this.#index)
    if (this.#unsure) {
      this.#unsure = false
      const notes = this.#notes()
      for (const id of [...this.#versions.keys()]) if (!Object.hasOwn(notes, id)) this.#drop(this.#index, id)
      for (const note of Object.values(notes))
        if (this.#versions.get(note.id) !== note.updatedAt) this.#put(this.#index, note)
    }
    return this.#index
  }

  /** The best `limit` hits for `text` (every word required) and the number of all hits; `titlesOnly` looks at titles alone. */
  query(
    text: string,
    limit = 30,
    options: { titlesOnly?: boolean | undefined } = {},
  ): { hits: SearchHit[]; total: number } {
    const words = tokenize(text)
    // A lone letter next to real words ("transactions a") matches nearly every note and adds nothing.
    const meaningful = words.some((word) => word.length > 1) ? words.filter((word) => word.length > 1) : words
    // Even an empty query builds the index, so the UI can warm it up when the search box gets focus.
    const index = this.#ready()
    if (meaningful.length === 0) return { hits: [], total: 0 }
    const { total, best } = index.terms.query(
      meaningful.map((word) => ({
        word,
        match: {
          // Prefixes make results appear while a word is typed, from the third letter: one or two
          // letters expand to much of the vocabulary (slow, and every note matches); short words
          // like "go" or "db" still match exactly.
          prefix: word.length >= 3,
          // Typos are forgiven in longer words only: one edit in "api" would match unrelated words.
          fuzzy: word.length >= 5 ? Math.min(2, Math.round(word.length * 0.2)) : 0,
        },
      })),
      limit,
      options.titlesOnly === true,
    )
    return { hits: best.flatMap((ranked) => this.#toHit(index, ranked)), total }
  }

  #toHit(index: Built, ranked: RankedSlot): SearchHit[] {
    const doc = index.docs.get(ranked.slot)
    if (!doc) return []
    const terms = [...new Set(ranked.terms)]
    const hit: SearchHit = { kind: doc.kind, skillId: doc.skillId, title: doc.title, snippet: '', terms }
    if (doc.kind === 'note' && doc.noteId) {
      hit.noteId = doc.noteId
      hit.snippet = snippetAround(this.#notes()[doc.noteId]?.body ?? '', terms)
    } else if (doc.kind === 'subtopic' && doc.subtopicId) {
      hit.subtopicId = doc.subtopicId
      hit.snippet = skillOf(this.#curriculum(), doc.skillId)?.title ?? ''
    } else {
      hit.snippet = snippetAround(skillOf(this.#curriculum(), doc.skillId)?.summary ?? '', terms)
    }
    return [hit]
  }
}
