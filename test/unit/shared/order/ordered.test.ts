import { describe, expect, it } from 'vitest'
import {
  byOrder,
  insertByOrder,
  keyAfter,
  keyAt,
  moveByKey,
  reinsert,
  withKeys,
} from '../../../../src/shared/order/ordered'

const list = () => withKeys([{ id: 'a' }, { id: 'b' }, { id: 'c' }])

describe('lists kept in key order', () => {
  it('key a new item for any place, and after the last', () => {
    const items = list()
    expect(items.map((x) => x.order)).toEqual(['a0', 'a1', 'a2'])
    expect(keyAt(items, 0) < 'a0').toBe(true)
    expect('a0' < keyAt(items, 1) && keyAt(items, 1) < 'a1').toBe(true)
    expect(keyAt(items, 3) > 'a2').toBe(true)
    expect(keyAfter(items) > 'a2').toBe(true)
    expect(keyAfter([])).toBe('a0')
  })

  it('order two items with the same key (made on two computers) by id, and place past such a tie', () => {
    const tied = [
      { id: 'y', order: 'a1' },
      { id: 'x', order: 'a1' },
      { id: 'z', order: 'a2' },
    ].sort(byOrder)
    expect(tied.map((x) => x.id)).toEqual(['x', 'y', 'z'])
    const key = keyAt(tied, 1)
    expect(key > 'a1' && key < 'a2').toBe(true)
  })

  it('put a restored item back at its own key, or at its old place when another took that key', () => {
    const items = list()
    const [b] = items.splice(1, 1)
    reinsert(items, b!, 1)
    expect(items.map((x) => x.id)).toEqual(['a', 'b', 'c'])
    const [c] = items.splice(2, 1)
    insertByOrder(items, { id: 'd', order: c!.order })
    reinsert(items, c!, 0)
    expect(items.map((x) => x.id)).toEqual(['c', 'a', 'b', 'd'])
    expect(items.every((x, i) => i === 0 || items[i - 1]!.order < x.order)).toBe(true)
  })

  it('move an item among its peers only, by a step or to a place, and report a move that goes nowhere', () => {
    const items = withKeys([
      { id: 'a', group: 1 },
      { id: 'b', group: 2 },
      { id: 'c', group: 1 },
      { id: 'd', group: 1 },
    ])
    const peers = (x: { group: number }, y: { group: number }) => x.group === y.group
    expect(moveByKey(items, 'd', 0, peers)).toBe(true)
    expect(items.filter((x) => x.group === 1).map((x) => x.id)).toEqual(['d', 'a', 'c'])
    expect(moveByKey(items, 'd', 'up', peers)).toBe(false)
    expect(moveByKey(items, 'a', 'down', peers)).toBe(true)
    expect(items.filter((x) => x.group === 1).map((x) => x.id)).toEqual(['d', 'c', 'a'])
    expect(moveByKey(items, 'no-such', 0)).toBe(false)
  })
})
