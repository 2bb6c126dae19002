/** Keys of the root object whose entries are cached one by one (they hold nearly all the bytes): notes, and each note's list of versions. */
const CACHED_RECORDS = new Set(['notes', 'noteHistory'])

/** The keys and values of one flat object, as it was encoded. */
interface Shape {
  keys: string[]
  values: unknown[]
}

interface Fragment {
  /** One shape for a flat entry; one per item for a list of flat objects (a note's versions). */
  shapes: Shape[]
  list: boolean
  /** UTF-8 of `,"<id>":<entry JSON>`; the first entry of a record is written without its comma. */
  bytes: Buffer
}

/** True when `entry` is a plain object whose values are all primitives, so a shallow check sees every change. */
function isFlat(entry: unknown): entry is Record<string, unknown> {
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) return false
  for (const key in entry) {
    const value = (entry as Record<string, unknown>)[key]
    if (typeof value === 'object' && value !== null) return false
  }
  return true
}

/** True when `entry` is an array of flat objects. */
function isFlatList(entry: unknown): entry is Record<string, unknown>[] {
  return Array.isArray(entry) && entry.every(isFlat)
}

/** Whether `entry` still has exactly the keys and values `shape` was made from. */
function sameShape(shape: Shape, entry: Record<string, unknown>): boolean {
  const keys = Object.keys(entry)
  if (keys.length !== shape.keys.length) return false
  for (let i = 0; i < keys.length; i += 1) {
    const key = keys[i] as string
    // Strings compare by content (a pointer check when it is the same string), so edits in place are seen.
    if (key !== shape.keys[i] || entry[key] !== shape.values[i]) return false
  }
  return true
}

/** Whether a flat entry, or every item of a flat list, is still what the fragment was made from. */
function unchanged(fragment: Fragment, entry: Record<string, unknown> | Record<string, unknown>[]): boolean {
  const items = Array.isArray(entry) ? entry : [entry]
  if (fragment.list !== Array.isArray(entry) || items.length !== fragment.shapes.length) return false
  return items.every((item, i) => sameShape(fragment.shapes[i] as Shape, item))
}

const shapeOf = (entry: Record<string, unknown>): Shape => ({ keys: Object.keys(entry), values: Object.values(entry) })

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * Serializes the app state to exactly the bytes of JSON.stringify, as a list of chunks to
 * write in order. The encoded JSON of each note is kept between calls and only notes whose
 * fields changed are encoded again, so saving one note does not re-encode years of them.
 * Notes are flat objects of strings and a note's history is a list of them, so comparing their
 * fields one by one is a complete check; an entry of any other shape (a future nested field) is
 * simply encoded every time.
 */
export class StateSerializer {
  readonly #cache = new Map<string, Map<string, Fragment>>()

  /** The UTF-8 chunks whose concatenation is `JSON.stringify(state)`. */
  serialize(state: unknown): Buffer[] {
    if (!isRecord(state)) return [Buffer.from(JSON.stringify(state) ?? 'null')]
    const chunks: Buffer[] = []
    let text = '{'
    for (const [key, value] of Object.entries(state)) {
      if (value === undefined || typeof value === 'function' || typeof value === 'symbol') continue
      text += `${text === '{' ? '' : ','}${JSON.stringify(key)}:`
      if (CACHED_RECORDS.has(key) && isRecord(value)) {
        chunks.push(Buffer.from(`${text}{`))
        chunks.push(...this.#record(key, value))
        text = '}'
      } else {
        text += JSON.stringify(value)
      }
    }
    chunks.push(Buffer.from(`${text}}`))
    return chunks
  }

  #record(name: string, record: Record<string, unknown>): Buffer[] {
    const previous = this.#cache.get(name) ?? new Map<string, Fragment>()
    const next = new Map<string, Fragment>()
    const chunks: Buffer[] = []
    for (const [id, entry] of Object.entries(record)) {
      if (entry === undefined || typeof entry === 'function' || typeof entry === 'symbol') continue
      let bytes: Buffer
      if (isFlat(entry) || isFlatList(entry)) {
        const cached = previous.get(id)
        const list = Array.isArray(entry)
        const fragment =
          cached && unchanged(cached, entry)
            ? cached
            : {
                shapes: list ? entry.map(shapeOf) : [shapeOf(entry)],
                list,
                bytes: Buffer.from(`,${JSON.stringify(id)}:${JSON.stringify(entry)}`),
              }
        next.set(id, fragment)
        bytes = fragment.bytes
      } else {
        bytes = Buffer.from(`,${JSON.stringify(id)}:${JSON.stringify(entry)}`)
      }
      // subarray shares memory: dropping the first comma copies nothing.
      chunks.push(chunks.length === 0 ? bytes.subarray(1) : bytes)
    }
    // Only entries still present are kept, so deleted notes do not linger in memory.
    this.#cache.set(name, next)
    return chunks
  }
}
