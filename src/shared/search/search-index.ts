import MiniSearch, { type SearchResult } from 'minisearch'
import { SKILLS } from '../curriculum/skills'
import { snippetAround, tokenize } from './text-match'
import type { SearchHit } from '../contract/search'
import { noteDisplayTitle } from '../notes/title'

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

function curriculumDocs(): Doc[] {
  return SKILLS.flatMap((skill) => [
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

function noteDoc(note: IndexedNote): Doc {
  return { id: `note:${note.id}`, kind: 'note', skillId: note.skillId, noteId: note.id, title: noteDisplayTitle(note), text: note.body }
}

/**
 * Full-text search over the curriculum and the learner's notes, with prefix and fuzzy
 * matching. Built on the first query; after that it is told which notes changed.
 */
export class SearchIndex {
  readonly #notes: () => Readonly<Record<string, IndexedNote>>
  #mini: MiniSearch<Doc> | null = null
  /** updatedAt of each indexed note, to compare every note when told all may have changed. */
  readonly #versions = new Map<string, string>()
  /** Set by allNotesChanged: the next query compares every note before it searches. */
  #unsure = false

  constructor(notes: () => Readonly<Record<string, IndexedNote>>) {
    this.#notes = notes
  }

  /** Whether the index has been built yet. */
  get built(): boolean {
    return this.#mini !== null
  }

  #build(): MiniSearch<Doc> {
    const mini = new MiniSearch<Doc>({
      fields: ['title', 'text'],
      storeFields: ['kind', 'skillId', 'subtopicId', 'noteId', 'title'],
      tokenize,
      processTerm: (term) => term.toLowerCase(),
    })
    mini.addAll(curriculumDocs())
    const notes = Object.values(this.#notes())
    mini.addAll(notes.map(noteDoc))
    for (const note of notes) this.#versions.set(note.id, note.updatedAt)
    return mini
  }

  /** Re-indexes the notes with these ids as they are now (added, changed or gone); a no-op until built. */
  notesChanged(ids: Iterable<string>): void {
    if (!this.#mini) return
    const notes = this.#notes()
    for (const id of ids) {
      const note = Object.hasOwn(notes, id) ? notes[id] : undefined
      if (note) this.#put(this.#mini, note)
      else this.#drop(this.#mini, id)
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

  #put(mini: MiniSearch<Doc>, note: IndexedNote): void {
    const doc = noteDoc(note)
    if (mini.has(doc.id)) mini.replace(doc)
    else mini.add(doc)
    this.#versions.set(note.id, note.updatedAt)
  }

  #drop(mini: MiniSearch<Doc>, id: string): void {
    if (!this.#versions.has(id)) return
    mini.discard(`note:${id}`)
    this.#versions.delete(id)
  }

  /** Builds the index, or brings it in line with every note when told all may have changed. */
  #ready(): MiniSearch<Doc> {
    if (!this.#mini) {
      this.#unsure = false
      return (this.#mini = this.#build())
    }
    if (this.#unsure) {
      this.#unsure = false
      const notes = this.#notes()
      for (const id of [...this.#versions.keys()]) if (!Object.hasOwn(notes, id)) this.#drop(this.#mini, id)
      for (const note of Object.values(notes)) if (this.#versions.get(note.id) !== note.updatedAt) this.#put(this.#mini, note)
    }
    return this.#mini
  }

  /** The best `limit` hits for `text` (every word required) and the number of all hits; `titlesOnly` looks at titles alone. */
  query(text: string, limit = 30, options: { titlesOnly?: boolean | undefined } = {}): { hits: SearchHit[]; total: number } {
    const words = tokenize(text)
    // A lone letter next to real words ("transactions a") matches nearly every note and adds nothing.
    const meaningful = words.some((word) => word.length > 1) ? words.filter((word) => word.length > 1) : words
    // Even an empty query builds the index, so the UI can warm it up when the search box gets focus.
    const mini = this.#ready()
    if (meaningful.length === 0) return { hits: [], total: 0 }
    const results = mini.search(meaningful.join(' '), {
      combineWith: 'AND',
      // Prefixes make results appear while a word is typed, from the third letter: one or two
      // letters expand to much of the vocabulary (slow, and every note matches); short words
      // like "go" or "db" still match exactly.
      prefix: (term) => term.length >= 3,
      // Typos are forgiven in longer words only: one edit in "api" would match unrelated words.
      fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
      maxFuzzy: 2,
      boost: { title: 2 },
      ...(options.titlesOnly ? { fields: ['title'] } : {}),
    })
    return { hits: results.slice(0, limit).map((result) => this.#toHit(result)), total: results.length }
  }

  #toHit(result: SearchResult): SearchHit {
    const terms = [...new Set(result.terms)]
    const kind = result.kind as SearchHit['kind']
    const skillId = result.skillId as string
    const hit: SearchHit = { kind, skillId, title: result.title as string, snippet: '', terms }
    if (kind === 'note') {
      const noteId = result.noteId as string
      hit.noteId = noteId
      hit.snippet = snippetAround(this.#notes()[noteId]?.body ?? '', terms)
    } else if (kind === 'subtopic') {
      hit.subtopicId = result.subtopicId as string
      hit.snippet = SKILLS.find((skill) => skill.id === skillId)?.title ?? ''
    } else {
      hit.snippet = snippetAround(SKILLS.find((skill) => skill.id === skillId)?.summary ?? '', terms)
    }
    return hit
  }
}
