import { keyBetween, keysBetween } from './order-key'

// Lists whose order is their items' keys: arrays stay sorted by key (readers take them in array
// order), and a move or an insert sets one item's key and its place, nothing else.

/** An item with an id and an order key. */
export interface Ordered {
  id: string
  order: string
}

/** A step or a position to move an item to. */
export type Move = 'up' | 'down' | number

/** Compares two items by key, then by id (two computers may give two items the same key). */
export function byOrder(a: Ordered, b: Ordered): number {
  if (a.order !== b.order) return a.order < b.order ? -1 : 1
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}

/** A key that places a new item at `index` of `list` (sorted, without the item). */
export function keyAt(list: readonly Ordered[], index: number): string {
  const before = index > 0 ? (list[Math.min(index, list.length) - 1]?.order ?? null) : null
  // Items sharing the key before come first; the next strictly higher key bounds the new one.
  const after = list.slice(Math.max(0, index)).find((item) => before === null || item.order > before)?.order ?? null
  return keyBetween(before, after)
}

/** A key after every item of `list`. */
export function keyAfter(list: readonly Ordered[]): string {
  return keyBetween(
    list.reduce<string | null>((last, item) => (last === null || item.order > last ? item.order : last), null),
    null,
  )
}

/** Puts `item` into `list` (sorted) where its key belongs. */
export function insertByOrder<T extends Ordered>(list: T[], item: T): void {
  const at = list.findIndex((other) => byOrder(other, item) > 0)
  list.splice(at < 0 ? list.length : at, 0, item)
}

/** Puts a removed item back: at its own key when no item holds that key, else at `index` with a new key. */
export function reinsert<T extends Ordered>(list: T[], item: T, index: number): void {
  if (list.some((other) => other.order === item.order)) item.order = keyAt(list, index)
  insertByOrder(list, item)
}

/** Where an item at `from` among `length` lands for a step or a position (clamped). */
export function moveTarget(from: number, to: Move, length: number): number {
  const wanted = to === 'up' ? from - 1 : to === 'down' ? from + 1 : to
  return Math.max(0, Math.min(length - 1, wanted))
}

/**
 * Moves the item with `id` among its peers (the items `samePlace` accepts, e.g. the skills of its
 * category): it takes a key between its new neighbours and its place in `list`; no other item
 * changes. Answers whether it moved.
 */
export function moveByKey<T extends Ordered>(
  list: T[],
  id: string,
  to: Move,
  samePlace: (a: T, b: T) => boolean = () => true,
): boolean {
  const item = list.find((other) => other.id === id)
  if (!item) return false
  const peers = list.filter((other) => samePlace(other, item))
  const from = peers.indexOf(item)
  const target = moveTarget(from, to, peers.length)
  if (target === from) return false
  item.order = keyAt(
    peers.filter((other) => other !== item),
    target,
  )
  list.splice(list.indexOf(item), 1)
  insertByOrder(list, item)
  return true
}

/** Gives the items of `list` keys in their present order (a list from before keys, or a pack's). */
export function withKeys<T extends object>(list: readonly T[]): (T & { order: string })[] {
  const keys = keysBetween(null, null, list.length)
  return list.map((item, i) => ({ ...item, order: keys[i]! }))
}
