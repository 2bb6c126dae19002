import * as Y from 'yjs'
import { textSplice } from './text-splice'
import { COLLECTIONS, flatten, sameValue, unflatten, type Collection } from './collections'
import { byName, type LocalItem } from './local-items'

/** Marks the engine's work for updates read from other computers (their changes are not ours to send). */
export const REMOTE = Symbol('remote')

// A document key is an item's key and a field path; per-item bookkeeping fields start with \u0001.
const SEP = '\u0000'
const REV = '\u0001rev:'
const TOMB = '\u0001tomb'
const docKey = (item: string, field: string): string => `${item}${SEP}${field}`

/** A small field two computers changed at once, seen on the computer whose value was replaced. */
export interface FieldConflict {
  collection: string
  item: string
  field: string
  kept: unknown
  mine: unknown
  /** The engine's id of the computer whose value was kept. */
  keptBy: number
}

/** Items touched, per collection name. */
export type Touched = Map<string, Set<string>>

/** Adds the items of `more` to `into`; answers `into`. */
export function addTouched(into: Touched, more: Touched): Touched {
  for (const [name, keys] of more) into.set(name, new Set([...(into.get(name) ?? []), ...keys]))
  return into
}

/**
 * The learner's data in the CRDT engine (Yjs): one map per collection, keyed "item\0field". The
 * engine does all merging: each field is last-writer-wins by its own rules (never the wall
 * clock), note bodies are text. Deletes keep the item and mark it with what its deleter had seen
 * (a version per computer): an edit the deleter had not seen keeps the item alive.
 */
export class SyncDoc {
  readonly doc: Y.Doc
  readonly #device: string
  // Which fields each item has in the document, so an item is read without scanning the map.
  readonly #fields = new Map<string, Map<string, Set<string>>>()
  // The engine's id of our value per field set here, to tell a later overwrite by someone who had not seen it.
  readonly #mine = new Map<string, Y.ID>()
  #counter = 0
  // Off while a new library is seeded: nobody else can have changed those fields at the same time.
  #remember = true
  #touched: Touched = new Map()
  #conflicts: FieldConflict[] = []

  constructor(device: string, saved?: Uint8Array) {
    this.doc = new Y.Doc()
    this.#device = device
    if (saved) Y.applyUpdate(this.doc, saved, REMOTE)
    for (const collection of COLLECTIONS) {
      const map = this.#map(collection.name)
      const fields = new Map<string, Set<string>>()
      this.#fields.set(collection.name, fields)
      for (const key of map.keys()) this.#index(fields, key, true)
      map.observeDeep((events, transaction) =>
        this.#observe(collection.name, events as Array<Y.YEvent<Y.AbstractType<unknown>>>, transaction),
      )
    }
    // Our version counter goes on from the highest we ever wrote (kept in the document itself).
    for (const collection of COLLECTIONS) {
      for (const [key, value] of this.#map(collection.name).entries()) {
        if (key.endsWith(`${REV}${device}`) && typeof value === 'number') this.#counter = Math.max(this.#counter, value)
      }
    }
  }

  #map(name: string): Y.Map<unknown> {
    return this.doc.getMap(name)
  }

  #index(fields: Map<string, Set<string>>, key: string, present: boolean): void {
    const at = key.indexOf(SEP)
    if (at < 0) return
    const item = key.slice(0, at)
    const field = key.slice(at + 1)
    let set = fields.get(item)
    if (present) {
      if (!set) fields.set(item, (set = new Set()))
      set.add(field)
    } else {
      set?.delete(field)
      if (set?.size === 0) fields.delete(item)
    }
  }

  #observe(name: string, events: Array<Y.YEvent<Y.AbstractType<unknown>>>, transaction: Y.Transaction): void {
    const map = this.#map(name)
    const fields = this.#fields.get(name)!
    const remote = transaction.origin === REMOTE
    for (const event of events) {
      if (event.target === map) {
        for (const [key, change] of (event as Y.YMapEvent<unknown>).changes.keys) {
          this.#index(fields, key, change.action !== 'delete')
          if (!remote) continue
          this.#touch(name, key.slice(0, key.indexOf(SEP)))
          if (change.action === 'update') this.#checkConflict(name, map, key, change.oldValue)
        }
      } else if (remote) {
        const key = event.path[0]
        if (typeof key === 'string') this.#touch(name, key.slice(0, key.indexOf(SEP)))
      }
    }
  }

  #touch(name: string, item: string): void {
    let set = this.#touched.get(name)
    if (!set) this.#touched.set(name, (set = new Set()))
    set.add(item)
  }

  /** A field we set, replaced by a computer that had not seen our value: the learner may want ours back. */
  #checkConflict(name: string, map: Y.Map<unknown>, key: string, old: unknown): void {
    const ours = this.#mine.get(key)
    if (!ours) return
    this.#mine.delete(key)
    const current = (map as unknown as { _map: Map<string, Y.Item> })._map.get(key)
    if (!current || (current.origin && Y.compareIDs(current.origin, ours))) return
    const field = key.slice(key.indexOf(SEP) + 1)
    if (field.startsWith('\u0001') || field === 'updatedAt' || field === 'createdAt') return
    const kept = map.get(key)
    if (old instanceof Y.AbstractType || kept instanceof Y.AbstractType || sameValue(kept, old)) return
    this.#conflicts.push({
      collection: name,
      item: key.slice(0, key.indexOf(SEP)),
      field,
      kept,
      mine: old,
      keptBy: current.id.client,
    })
  }

  /** Writes items changed here, as `localItems` lists them (one engine transaction). */
  takeItems(items: readonly LocalItem[]): void {
    if (items.length === 0) return
    this.doc.transact(() => {
      for (const { collection, key, before, after } of items) this.#writeItem(byName(collection), key, before, after)
    })
  }

  /**
   * Writes items of the state (a slice of one collection, see local-items' seedSlices) that the
   * document does not hold. Starting (or resuming) a library, the state's version of each item is
   * written over the document's; joining one, only what the document lacks is added, field by
   * field, and where both hold a different value the document's stays: ours is answered as a
   * conflict (a note's text goes to its history).
   */
  seedItems(
    name: string,
    entries: ReadonlyArray<[key: string, value: unknown]>,
    mode: 'new' | 'mine' | 'join',
  ): FieldConflict[] {
    const collection = byName(name)
    const differing: FieldConflict[] = []
    this.#remember = mode !== 'new'
    try {
      this.doc.transact(() => {
        for (const [key, value] of entries) {
          const theirs = this.itemValue(collection, key)
          if (theirs !== undefined && sameValue(theirs, value)) continue
          if (mode === 'join' && theirs !== undefined) differing.push(...this.#joinItem(collection, key, value))
          else this.#writeItem(collection, key, theirs, value)
        }
      })
    } finally {
      this.#remember = true
    }
    return differing
  }

  /** Adds the fields of our version the document lacks; answers the fields where both differ (the document's kept). */
  #joinItem(collection: Collection, key: string, value: unknown): FieldConflict[] {
    const map = this.#map(collection.name)
    const conflicts: FieldConflict[] = []
    let added = false
    for (const [field, mine] of flatten(value, collection.whole)) {
      const at = docKey(key, field)
      if (!map.has(at)) {
        if (collection.text?.includes(field) && typeof mine === 'string') {
          const text = new Y.Text()
          map.set(at, text)
          text.insert(0, mine)
        } else this.#set(map, at, mine)
        added = true
        continue
      }
      const stored = map.get(at)
      const kept = stored instanceof Y.Text ? stored.toJSON() : stored
      if (!sameValue(kept, mine)) {
        conflicts.push({ collection: collection.name, item: key, field, kept, mine, keptBy: -1 })
      }
    }
    if (added) {
      this.#counter += 1
      this.#set(map, docKey(key, `${REV}${this.#device}`), this.#counter)
    }
    return conflicts
  }

  /** Every item key the document has in a collection (deleted ones included). */
  keysOf(collection: Collection): string[] {
    return [...(this.#fields.get(collection.name)?.keys() ?? [])]
  }

  #writeItem(collection: Collection, key: string, before: unknown, after: unknown): void {
    const map = this.#map(collection.name)
    const known = this.#fields.get(collection.name)!.get(key) ?? new Set<string>()
    if (after === undefined) {
      if (before === undefined) return
      // The item stays in the document, marked with every version its fields had here.
      const seen: Record<string, number> = {}
      for (const field of known)
        if (field.startsWith(REV)) seen[field.slice(REV.length)] = map.get(docKey(key, field)) as number
      this.#set(map, docKey(key, TOMB), seen)
      return
    }
    const fields = flatten(after, collection.whole)
    for (const [field, value] of fields) {
      const at = docKey(key, field)
      if (collection.text?.includes(field) && typeof value === 'string') {
        let text = map.get(at)
        if (!(text instanceof Y.Text)) {
          text = new Y.Text()
          map.set(at, text)
        }
        editText(text as Y.Text, value)
      } else if (!map.has(at) || !sameValue(map.get(at), value)) this.#set(map, at, value)
    }
    for (const field of [...known]) {
      if (!field.startsWith('\u0001') && !fields.has(field)) map.delete(docKey(key, field))
    }
    this.#counter += 1
    this.#set(map, docKey(key, `${REV}${this.#device}`), this.#counter)
    if (known.has(TOMB)) map.delete(docKey(key, TOMB))
  }

  #set(map: Y.Map<unknown>, key: string, value: unknown): void {
    map.set(key, value)
    // Only fields that can be offered back as a conflict are remembered (bookkeeping and times never are).
    const field = key.slice(key.indexOf(SEP) + 1)
    if (!this.#remember || field.startsWith('\u0001') || field === 'updatedAt' || field === 'createdAt') return
    const item = (map as unknown as { _map: Map<string, Y.Item> })._map.get(key)
    if (item) this.#mine.set(key, item.lastId)
  }

  /** An item as the document has it; undefined when it has none or it was deleted after every edit its deleter saw. */
  itemValue(collection: Collection, key: string): unknown {
    const map = this.#map(collection.name)
    const known = this.#fields.get(collection.name)!.get(key)
    if (!known) return undefined
    const fields = new Map<string, unknown>()
    const revs: Record<string, number> = {}
    for (const field of known) {
      const value = map.get(docKey(key, field))
      if (field.startsWith(REV)) revs[field.slice(REV.length)] = value as number
      else if (!field.startsWith('\u0001')) fields.set(field, value instanceof Y.Text ? value.toJSON() : value)
    }
    if (fields.size === 0) return undefined
    const tomb = known.has(TOMB) ? (map.get(docKey(key, TOMB)) as Record<string, number>) : undefined
    if (tomb && Object.entries(revs).every(([device, rev]) => rev <= (tomb[device] ?? 0))) return undefined
    return unflatten(fields)
  }

  /** Applies updates read from other computers; answers which items they touched and the conflicts seen. */
  applyRemoteNow(updates: readonly Uint8Array[]): { touched: Touched; conflicts: FieldConflict[] } {
    const touched: Touched = new Map()
    const conflicts: FieldConflict[] = []
    this.#touched = touched
    this.#conflicts = conflicts
    try {
      for (const update of updates) Y.applyUpdate(this.doc, update, REMOTE)
    } finally {
      this.#touched = new Map()
      this.#conflicts = []
    }
    return { touched, conflicts }
  }

  /** The whole document, as one update (a snapshot). */
  encode(): Uint8Array {
    return Y.encodeStateAsUpdate(this.doc)
  }

  /** This session's engine id, to name the computer a kept value came from. */
  get clientId(): number {
    return this.doc.clientID
  }
}

/** Several updates as one (a batch file holds one). */
export function mergeUpdates(updates: readonly Uint8Array[]): Uint8Array {
  return Y.mergeUpdates([...updates])
}

/** Puts `next` into a text as one replacement of the part that differs (the common start and end stay). */
function editText(text: Y.Text, next: string): void {
  const { index, remove, insert } = textSplice(text.toJSON(), next)
  if (remove > 0) text.delete(index, remove)
  if (insert) text.insert(index, insert)
}
