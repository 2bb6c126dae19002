import type { AppState } from '../../shared/model'
import { valueAt, type Change } from '../../shared/changes/records'
import { COLLECTIONS, collectionOf, itemsOf, type Collection } from './collections'

/** One item a local write changed: its collection's name, key, and its value before and after (undefined: absent). */
export interface LocalItem {
  collection: string
  key: string
  before: unknown
  after: unknown
}

const COLLECTION_BY_NAME = new Map(COLLECTIONS.map((collection) => [collection.name, collection]))

/** A collection by its name in the engine's document. */
export function byName(name: string): Collection {
  const collection = COLLECTION_BY_NAME.get(name)
  if (!collection) throw new Error(`There is no synced collection named ${name}.`)
  return collection
}

/** The synced items a write changed, from its change records (an array collection is compared item by item). */
export function localItems(change: Change, before: AppState, after: AppState): LocalItem[] {
  const keyed = new Map<Collection, Set<string>>()
  const whole = new Set<Collection>()
  for (const record of change.records) {
    const hit = collectionOf(record.at)
    if (!hit) continue
    if (hit.key === undefined) whole.add(hit.collection)
    else {
      let set = keyed.get(hit.collection)
      if (!set) keyed.set(hit.collection, (set = new Set()))
      set.add(hit.key)
    }
  }
  const items: LocalItem[] = []
  for (const [collection, keys] of keyed) {
    if (whole.has(collection)) continue
    for (const key of keys) {
      const path = collection.shape === 'singles' ? key.split('.') : [...collection.path, key]
      const item = { collection: collection.name, key, before: valueAt(before, path), after: valueAt(after, path) }
      if (item.before !== item.after) items.push(item)
    }
  }
  for (const collection of whole) {
    // Items are frozen and shared between states: an unchanged one is the same object.
    const old = itemsOf(before, collection)
    const next = itemsOf(after, collection)
    for (const [key, value] of next)
      if (old.get(key) !== value) items.push({ collection: collection.name, key, before: old.get(key), after: value })
    for (const [key, value] of old)
      if (!next.has(key)) items.push({ collection: collection.name, key, before: value, after: undefined })
  }
  return items
}

/** Items seeded per engine transaction (and per message to the engine's thread). */
export const SEED_SLICE = 200

/** A state's synced items in slices, for seeding the engine a slice at a time; `skip` leaves items out. */
export function* seedSlices(
  state: () => AppState,
  skip?: ReadonlyMap<string, ReadonlySet<string>>,
): Generator<{ collection: string; entries: Array<[string, unknown]> }> {
  for (const collection of COLLECTIONS) {
    const skipped = skip?.get(collection.name)
    const keys = [...itemsOf(state(), collection).keys()].filter((key) => !skipped?.has(key))
    for (let at = 0; at < keys.length; at += SEED_SLICE) {
      // Read again per slice: the state may have changed while the engine worked on the last one.
      const current = itemsOf(state(), collection)
      const entries: Array<[string, unknown]> = []
      for (const key of keys.slice(at, at + SEED_SLICE)) {
        const value = current.get(key)
        if (value !== undefined) entries.push([key, value])
      }
      yield { collection: collection.name, entries }
    }
  }
}
