import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { applyEdit } from '../../../../src/main/curriculum/apply-edit'
import { defaultCurriculum } from '../../../../src/shared/curriculum/default'
import type { Curriculum } from '../../../../src/shared/model'
import { byOrder, moveByKey, type Ordered } from '../../../../src/shared/order/ordered'

// Two computers start from the same curriculum and each moves something. Merging takes each
// moved item's new key (the only thing a move changes) and sorts by key: both moves hold, each
// item sitting among the others where its own computer put it.

const noIds = (): string => 'never-used'

/** `merged` with every item whose key `side` changed from `base` given that key, sorted by key. */
function takeKeys<T extends Ordered>(merged: T[], base: readonly T[], side: readonly T[]): void {
  const was = new Map(base.map((item) => [item.id, item.order]))
  for (const item of side) {
    const target = merged.find((x) => x.id === item.id)
    if (target && was.get(item.id) !== item.order) target.order = item.order
  }
  merged.sort(byOrder)
}

/** Ids in order, leaving some out. */
const idsWithout = (list: readonly { id: string }[], left: readonly string[]): string[] =>
  list.map((x) => x.id).filter((id) => !left.includes(id))

/** Both computers' curricula merged by keys: categories, skills and every skill's sub-topics. */
function merge(base: Curriculum, a: Curriculum, b: Curriculum): Curriculum {
  const merged = structuredClone(base)
  for (const side of [a, b]) {
    takeKeys(merged.categories, base.categories, side.categories)
    takeKeys(merged.skills, base.skills, side.skills)
    for (const skill of merged.skills) {
      const [was, now] = [base.skills.find((s) => s.id === skill.id)!, side.skills.find((s) => s.id === skill.id)!]
      takeKeys(skill.subtopics, was.subtopics, now.subtopics)
    }
  }
  return merged
}

const to = fc.oneof(fc.constantFrom('up' as const, 'down' as const), fc.nat(40))

describe('moves made on two computers', () => {
  it('both hold once merged by their keys: skills anywhere in the curriculum', () => {
    const base = defaultCurriculum()
    const skillIds = base.skills.map((s) => s.id)
    fc.assert(
      fc.property(fc.constantFrom(...skillIds), fc.constantFrom(...skillIds), to, to, (x, y, toX, toY) => {
        fc.pre(x !== y)
        const a = applyEdit(base, { op: 'moveSkill', skillId: x, to: toX }, noIds).curriculum
        const b = applyEdit(base, { op: 'moveSkill', skillId: y, to: toY }, noIds).curriculum
        const merged = merge(base, a, b)
        // Leaving out the other computer's skill, each side's order is the merged order.
        expect(idsWithout(merged.skills, [y])).toEqual(idsWithout(a.skills, [y]))
        expect(idsWithout(merged.skills, [x])).toEqual(idsWithout(b.skills, [x]))
      }),
      { numRuns: 200 },
    )
  })

  it('both hold once merged by their keys: a sub-topic on one computer and a category on the other, or two sub-topics of one skill', () => {
    const base = defaultCurriculum()
    const skill = base.skills.find((s) => s.subtopics.length >= 4)!
    const subIds = skill.subtopics.map((t) => t.id)
    fc.assert(
      fc.property(fc.constantFrom(...subIds), fc.constantFrom(...subIds), to, to, (x, y, toX, toY) => {
        fc.pre(x !== y)
        const a = applyEdit(base, { op: 'moveSubtopic', skillId: skill.id, subtopicId: x, to: toX }, noIds).curriculum
        const b0 = applyEdit(base, { op: 'moveSubtopic', skillId: skill.id, subtopicId: y, to: toY }, noIds).curriculum
        const b = applyEdit(
          b0,
          { op: 'moveCategory', categoryId: base.categories[0]!.id, to: 'down' },
          noIds,
        ).curriculum
        const merged = merge(base, a, b)
        const subs = (c: Curriculum) => c.skills.find((s) => s.id === skill.id)!.subtopics
        expect(idsWithout(subs(merged), [y])).toEqual(idsWithout(subs(a), [y]))
        expect(idsWithout(subs(merged), [x])).toEqual(idsWithout(subs(b), [x]))
        expect(merged.categories.map((c) => c.id)).toEqual(b.categories.map((c) => c.id))
      }),
      { numRuns: 200 },
    )
  })

  it('change nothing but the moved item’s key, so a merge has one field to take', () => {
    const list = [
      { id: 'a', order: 'a0' },
      { id: 'b', order: 'a1' },
      { id: 'c', order: 'a2' },
    ]
    const before = structuredClone(list)
    expect(moveByKey(list, 'c', 0)).toBe(true)
    expect(list.map((x) => x.id)).toEqual(['c', 'a', 'b'])
    expect(list.filter((x) => x.id !== 'c')).toEqual(before.filter((x) => x.id !== 'c'))
    expect(list[0]!.order < 'a0').toBe(true)
    expect(moveByKey(list, 'c', 'up')).toBe(false)
  })
})
