import SearchableMap from 'minisearch/SearchableMap'

/** How a query word is matched: exactly, by prefix, with a typo or two. */
export interface WordMatch {
  prefix: boolean
  /** Edits forgiven; 0 for none. */
  fuzzy: number
}

/** One document's searchable text: a title (weighted up) and a body. */
export interface FieldText {
  title: string[]
  text: string[]
}

/** A ranked document, the query-derived terms it holds in the order the query asked for them. */
export interface RankedSlot {
  slot: number
  score: number
  terms: string[]
}

// BM25+ as minisearch scores it (k, b, d), with its weights for prefix and fuzzy matches.
const K = 1.2
const B = 0.7
const D = 0.5
const TITLE_BOOST = 2
const PREFIX_WEIGHT = 0.375
const FUZZY_WEIGHT = 0.45
/** A posting packs a document's title and body counts of one term into one number. */
const TEXT_UNIT = 65536

/**
 * An inverted index over numbered slots, its vocabulary in minisearch's radix tree (prefix and
 * fuzzy look-ups). Unlike MiniSearch.search, a query scores into typed arrays and keeps only the
 * best few, so a word found in every one of 5,000 notes costs a pass over numbers, not 5,000
 * result objects sorted.
 */
export class TermIndex {
  readonly #vocabulary = new SearchableMap<Map<number, number>>()
  /** Per slot: its distinct terms (to take it out again) and its field lengths; null when free. */
  readonly #terms: Array<string[] | null> = []
  readonly #titleLength: number[] = []
  readonly #textLength: number[] = []
  readonly #free: number[] = []
  /** Scratch space reused by every query, so a keystroke allocates next to nothing. */
  #score = new Float64Array(0)
  #held = new Uint16Array(0)
  #count = 0
  #titleTotal = 0
  #textTotal = 0

  /** Indexes a document; answers its slot. */
  add(fields: FieldText): number {
    const slot = this.#free.pop() ?? this.#terms.length
    const counts = new Map<string, number>()
    for (const term of fields.title) counts.set(term, (counts.get(term) ?? 0) + 1)
    for (const term of fields.text) counts.set(term, (counts.get(term) ?? 0) + TEXT_UNIT)
    for (const [term, packed] of counts) this.#vocabulary.fetch(term, () => new Map()).set(slot, packed)
    this.#terms[slot] = [...counts.keys()]
    this.#titleLength[slot] = fields.title.length
    this.#textLength[slot] = fields.text.length
    this.#count += 1
    this.#titleTotal += fields.title.length
    this.#textTotal += fields.text.length
    return slot
  }

  /** Takes a document out; its slot may be given to the next one added. */
  remove(slot: number): void {
    const terms = this.#terms[slot]
    if (!terms) return
    for (const term of terms) {
      const postings = this.#vocabulary.get(term)
      postings?.delete(slot)
      if (postings?.size === 0) this.#vocabulary.delete(term)
    }
    this.#terms[slot] = null
    this.#count -= 1
    this.#titleTotal -= this.#titleLength[slot] ?? 0
    this.#textTotal -= this.#textLength[slot] ?? 0
    this.#free.push(slot)
  }

  /** The vocabulary terms a query word stands for, each with its weight (1 for the word itself). */
  #expand(word: string, match: WordMatch): Map<string, number> {
    const found = new Map<string, number>()
    const offer = (term: string, weight: number): void =>
      void (weight > (found.get(term) ?? 0) && found.set(term, weight))
    if (this.#vocabulary.has(word)) offer(word, 1)
    if (match.prefix)
      for (const term of this.#vocabulary.atPrefix(word).keys())
        offer(term, (PREFIX_WEIGHT * word.length) / (word.length + 0.3 * (term.length - word.length)))
    if (match.fuzzy > 0)
      for (const [term, [, distance]] of this.#vocabulary.fuzzyGet(word, match.fuzzy))
        offer(term, (FUZZY_WEIGHT * word.length) / (word.length + distance))
    return found
  }

  /** Slots holding every word (each through any term it stands for, in the title alone when `titlesOnly`): how many, and the best `limit`. */
  query(
    words: ReadonlyArray<{ word: string; match: WordMatch }>,
    limit: number,
    titlesOnly = false,
  ): { total: number; best: RankedSlot[] } {
    const size = this.#terms.length
    if (this.#score.length < size) {
      this.#score = new Float64Array(size + 1024)
      this.#held = new Uint16Array(size + 1024)
    }
    const score = this.#score.fill(0, 0, size)
    // How many of the words, in order, each slot holds so far: a slot missing one drops out.
    const held = this.#held.fill(0, 0, size)
    // Each word's terms with their postings, looked up in the tree once per query.
    const expanded = words.map(({ word, match }) =>
      [...this.#expand(word, match)].flatMap(([term, weight]) => {
        const postings = this.#vocabulary.get(term)
        return postings ? [{ term, weight, postings }] : []
      }),
    )
    const count = this.#count
    const titleLength = this.#titleLength
    const textLength = this.#textLength
    const avgTitle = this.#titleTotal / Math.max(1, count) || 1
    const avgText = this.#textTotal / Math.max(1, count) || 1
    expanded.forEach((terms, w) => {
      for (const { weight, postings } of terms) {
        const idf = Math.log(1 + (count - postings.size + 0.5) / (postings.size + 0.5))
        const titleWeight = weight * idf * TITLE_BOOST
        const textWeight = weight * idf
        // forEach, not for-of: no [slot, count] pair is allocated per posting.
        postings.forEach((packed, slot) => {
          const seen = held[slot] ?? 0
          if (seen < w) return
          const title = packed % TEXT_UNIT
          if (titlesOnly && title === 0) return
          if (seen === w) held[slot] = w + 1
          const text = titlesOnly ? 0 : (packed - title) / TEXT_UNIT
          let s = score[slot] ?? 0
          if (title > 0) s += titleWeight * bm25(title, titleLength[slot] ?? 0, avgTitle)
          if (text > 0) s += textWeight * bm25(text, textLength[slot] ?? 0, avgText)
          score[slot] = s
        })
      }
    })
    const best: Array<{ slot: number; score: number }> = []
    let total = 0
    for (let slot = 0; slot < size; slot += 1) {
      if (held[slot] !== words.length || words.length === 0) continue
      total += 1
      const value = score[slot] ?? 0
      if (best.length === limit && value <= (best[best.length - 1]?.score ?? 0)) continue
      let at = best.length
      while (at > 0 && (best[at - 1]?.score ?? 0) < value) at -= 1
      best.splice(at, 0, { slot, score: value })
      if (best.length > limit) best.pop()
    }
    return {
      total,
      best: best.map((hit) => ({
        ...hit,
        terms: expanded.flatMap((terms) =>
          terms.filter(({ postings }) => postings.has(hit.slot)).map(({ term }) => term),
        ),
      })),
    }
  }
}

function bm25(tf: number, length: number, average: number): number {
  return D + (tf * (K + 1)) / (tf + K * (1 - B + (B * length) / average))
}
