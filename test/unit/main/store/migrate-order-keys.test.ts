import { describe, expect, it } from 'vitest'
import { migrate } from '../../../../src/main/store/migrations'
import { restoreInCurriculum } from '../../../../src/main/curriculum/apply-edit'
import { appStateSchema, freshState, SCHEMA_VERSION } from '../../../../src/shared/model'
import { LEVEL_IDS } from '../../../../src/shared/curriculum/levels'

// A file of data version 4 (before order keys): the learner's own order lives in array positions.
// The step to version 5 gives every item a key in that order, so nothing moves.

type Json = Record<string, unknown>

/** `value` with every `order` field taken out, as a version 4 file was written. */
function unkeyed(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value, (key, v: unknown) => (key === 'order' ? undefined : v))) as unknown
}

/** A version 4 file with a reordered curriculum, goals of one's own and items of every ordered kind in the one trash. */
function versionFour(): Json {
  const state = freshState()
  const c = state.curriculum
  c.categories.reverse()
  c.skills.reverse()
  for (const skill of c.skills) skill.subtopics.reverse()
  c.frameworks.reverse()
  const [trashedSkill] = c.skills.splice(3, 1)
  state.trash.push({ kind: 'skill', deletedAt: '2026-11-01T09:00:00.000Z', index: 3, skill: trashedSkill! })
  const [trashedSub] = c.skills[0]!.subtopics.splice(1, 1)
  state.trash.push({
    kind: 'subtopic',
    deletedAt: '2026-11-01T09:00:00.000Z',
    index: 1,
    skillId: c.skills[0]!.id,
    subtopic: trashedSub!,
  })
  const [trashedCategory] = c.categories.splice(1, 1)
  state.trash.push({ kind: 'category', deletedAt: '2026-11-01T09:00:00.000Z', index: 1, category: trashedCategory! })
  const [trashedRow] = c.frameworks.splice(1, 1)
  state.trash.push({ kind: 'framework', deletedAt: '2026-11-01T09:00:00.000Z', index: 1, framework: trashedRow! })
  const goal = (id: string) => ({ id, order: '', title: id, skillIds: [], createdAt: '2026-11-01T09:00:00.000Z' })
  state.levels.mid.customGoals = [goal('own-c'), goal('own-a'), goal('own-b')]
  state.trash.push({
    kind: 'goal',
    level: 'mid',
    index: 1,
    done: false,
    goal: goal('own-gone'),
    deletedAt: '2026-11-02T09:00:00.000Z',
  })
  return { ...(unkeyed(state) as Json), schemaVersion: 4 }
}

const ascending = (list: readonly { order: string }[]): boolean =>
  list.every((item, i) => i === 0 || list[i - 1]!.order < item.order)

describe('the order keys migration (version 4 to 5)', () => {
  it('keys every list in its present order, so the file validates and nothing moves', () => {
    const old = versionFour()
    const state = appStateSchema.parse(migrate(structuredClone(old)))
    expect(state.schemaVersion).toBe(SCHEMA_VERSION)
    const was = old.curriculum as {
      categories: { id: string }[]
      skills: { id: string; subtopics: { id: string }[] }[]
      frameworks: { id: string }[]
    }
    const c = state.curriculum
    expect(c.categories.map((x) => x.id)).toEqual(was.categories.map((x) => x.id))
    expect(c.skills.map((x) => x.id)).toEqual(was.skills.map((x) => x.id))
    expect(c.frameworks.map((x) => x.id)).toEqual(was.frameworks.map((x) => x.id))
    expect(c.skills.map((s) => s.subtopics.map((t) => t.id))).toEqual(
      was.skills.map((s) => s.subtopics.map((t) => t.id)),
    )
    for (const list of [
      c.categories,
      c.skills,
      c.frameworks,
      ...c.skills.map((s) => s.subtopics),
      ...LEVEL_IDS.map((l) => state.levels[l].customGoals),
    ])
      expect(ascending(list)).toBe(true)
    expect(state.levels.mid.customGoals.map((g) => g.id)).toEqual(['own-c', 'own-a', 'own-b'])
    // Apart from the keys and the version, the file is what it was.
    const { schemaVersion: _new, ...migrated } = migrate(structuredClone(old)) as Json
    const { schemaVersion: _old, ...before } = old
    expect(unkeyed(migrated)).toEqual(before)
  })

  it('gives trashed items the key of their place, so a restore puts them back where they stood', () => {
    const old = versionFour()
    const state = appStateSchema.parse(migrate(structuredClone(old)))
    const [skill, sub, category, row, goal] = state.trash
    if (
      skill?.kind !== 'skill' ||
      sub?.kind !== 'subtopic' ||
      category?.kind !== 'category' ||
      row?.kind !== 'framework' ||
      goal?.kind !== 'goal'
    )
      throw new Error('The fixture’s trash is not as written.')
    let c = state.curriculum
    for (const entry of [sub, skill, category, row]) c = restoreInCurriculum(c, entry)
    expect(c.skills[3]!.id).toBe(skill.skill.id)
    expect(c.skills[0]!.subtopics[1]!.id).toBe(sub.subtopic.id)
    expect(c.categories[1]!.id).toBe(category.category.id)
    expect(c.frameworks[1]!.id).toBe(row.framework.id)
    expect(
      ascending(c.skills) && ascending(c.skills[0]!.subtopics) && ascending(c.categories) && ascending(c.frameworks),
    ).toBe(true)
    const goals = state.levels.mid.customGoals
    expect(goals[0]!.order < goal.goal.order && goal.goal.order < goals[1]!.order).toBe(true)
  })
})
