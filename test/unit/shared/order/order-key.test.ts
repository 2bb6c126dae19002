import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { isOrderKey, keyBetween, keysBetween } from '../../../../src/shared/order/order-key'

/** A valid key made by a random walk of inserts (so the generator covers ends, middles and long fractions). */
const keyArb = fc.array(fc.tuple(fc.nat(), fc.boolean()), { maxLength: 40 }).map((steps) => {
  const keys = [keyBetween(null, null)]
  for (const [pick, atEnd] of steps) {
    const at = pick % (keys.length + 1)
    const key = atEnd
      ? at === 0
        ? keyBetween(null, keys[0]!)
        : keyBetween(keys[keys.length - 1]!, null)
      : keyBetween(keys[at - 1] ?? null, keys[at] ?? null)
    keys.splice(atEnd ? (at === 0 ? 0 : keys.length) : at, 0, key)
  }
  return keys
})

describe('order keys', () => {
  it('start in the middle and grow at either end', () => {
    expect(keyBetween(null, null)).toBe('a0')
    expect(keyBetween('a0', null)).toBe('a1')
    expect(keyBetween(null, 'a0')).toBe('Zz')
    expect(keyBetween('az', null)).toBe('b00')
    expect(keyBetween('a0', 'a1')).toBe('a0V')
  })

  it('always fall strictly between their bounds and stay valid, wherever they are made', () => {
    fc.assert(
      fc.property(keyArb, fc.nat(), (keys, pick) => {
        const at = pick % (keys.length + 1)
        const [a, b] = [keys[at - 1] ?? null, keys[at] ?? null]
        const key = keyBetween(a, b)
        expect(isOrderKey(key)).toBe(true)
        if (a !== null) expect(a < key).toBe(true)
        if (b !== null) expect(key < b).toBe(true)
        // The walk itself kept every key in order.
        for (let i = 1; i < keys.length; i += 1) expect(keys[i - 1]! < keys[i]!).toBe(true)
      }),
    )
  })

  it('give many keys at once in order, short when the gap is wide', () => {
    const keys = keysBetween(null, null, 1000)
    expect(new Set(keys).size).toBe(1000)
    expect([...keys].sort()).toEqual(keys)
    expect(Math.max(...keys.map((k) => k.length))).toBeLessThanOrEqual(3)
    const inside = keysBetween('a0', 'a1', 50)
    expect(inside.every((k) => 'a0' < k && k < 'a1')).toBe(true)
    expect([...inside].sort()).toEqual(inside)
  })

  it('refuse bounds out of order and strings that are not keys', () => {
    expect(() => keyBetween('a1', 'a0')).toThrow()
    expect(() => keyBetween('a0', 'a0')).toThrow()
    expect(() => keyBetween('a10', null)).toThrow()
    expect(isOrderKey('a')).toBe(false)
    expect(isOrderKey('a0-')).toBe(false)
    expect(isOrderKey('b0')).toBe(false)
  })
})
