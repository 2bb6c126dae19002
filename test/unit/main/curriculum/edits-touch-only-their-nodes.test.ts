import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { applyEdit, restoreInCurriculum, type CurriculumRemoval } from '../../../../src/main/curriculum/apply-edit'
import type { CurriculumEdit } from '../../../../src/shared/contract/curriculum'
import { defaultCurriculum } from '../../../../src/shared/curriculum/default'
import { LEVEL_IDS } from '../../../../src/shared/curriculum/levels'
import { CRITERIA } from '../../../../src/shared/frameworks/prefs'
import type { Curriculum } from '../../../../src/shared/model'
import { AppError } from '../../../../src/shared/result'
import type { Change } from '../../../../src/shared/changes/records'
import { answerOf } from '../../../support/dispatch-answer'
import { tempDir } from '../../../support/temp-dir'
import { openTestCore } from '../../../support/test-services'

// Each edit changes only the nodes it touches: in the curriculum it answers, every other category,
// skill, sub-topic, framework row and goal is the very same object with the same fields (the
// handler then writes only what differs), and a move changes the moved item's key and place and
// nothing else.

interface Node {
  /** The object itself, for identity. */
  ref: object
  /** Its own fields (without child lists), for equality. */
  own: string
  /** The list it sits in, by name, for moves. */
  list: string
}

const own = (value: object, without?: string): string =>
  JSON.stringify(value, (key, v: unknown) => (key === without ? undefined : v))

/** Every node of the curriculum by a key naming its kind and id. */
function nodesOf(c: Curriculum): Map<string, Node> {
  const nodes = new Map<string, Node>()
  for (const cat of c.categories) nodes.set(`cat:${cat.id}`, { ref: cat, own: own(cat), list: 'categories' })
  for (const skill of c.skills) {
    nodes.set(`skill:${skill.id}`, { ref: skill, own: own(skill, 'subtopics'), list: 'skills' })
    for (const sub of skill.subtopics)
      nodes.set(`sub:${skill.id}/${sub.id}`, { ref: sub, own: own(sub), list: `subtopics:${skill.id}` })
  }
  for (const row of c.frameworks) nodes.set(`fw:${row.id}`, { ref: row, own: own(row), list: 'frameworks' })
  for (const level of LEVEL_IDS)
    for (const goal of c.goals[level])
      nodes.set(`goal:${level}/${goal.id}`, { ref: goal, own: own(goal), list: `goals:${level}` })
  return nodes
}

/** The ids of a list in array order. */
function listIds(c: Curriculum, list: string): string[] {
  const [name, owner] = list.split(':')
  if (name === 'categories') return c.categories.map((x) => x.id)
  if (name === 'skills') return c.skills.map((x) => x.id)
  if (name === 'frameworks') return c.frameworks.map((x) => x.id)
  if (name === 'subtopics') return c.skills.find((s) => s.id === owner)?.subtopics.map((x) => x.id) ?? []
  return c.goals[owner as (typeof LEVEL_IDS)[number]].map((x) => x.id)
}

/** The node keys an edit may change (the nodes it names); a restore changes the entry it brings back. */
function touchedBy(edit: CurriculumEdit | { op: 'restore'; at: number }, c: Curriculum): Set<string> {
  switch (edit.op) {
    case 'updateSkill':
    case 'moveSkill':
    case 'hideSkill':
      return new Set([`skill:${edit.skillId}`])
    case 'deleteSkill':
      return new Set([
        `skill:${edit.skillId}`,
        ...(c.skills.find((s) => s.id === edit.skillId)?.subtopics.map((t) => `sub:${edit.skillId}/${t.id}`) ?? []),
      ])
    case 'renameSubtopic':
    case 'moveSubtopic':
    case 'deleteSubtopic':
      return new Set([`sub:${edit.skillId}/${edit.subtopicId}`])
    case 'renameCategory':
    case 'moveCategory':
    case 'hideCategory':
    case 'deleteCategory':
      return new Set([`cat:${edit.categoryId}`])
    case 'linkGoal':
      return new Set([`goal:${edit.level}/${edit.goalId}`])
    case 'updateFramework':
    case 'removeFramework':
      return new Set([`fw:${edit.frameworkId}`])
    default:
      return new Set()
  }
}

const isMove = (op: string): boolean => op === 'moveSkill' || op === 'moveSubtopic' || op === 'moveCategory'

/** A random edit of any kind (or a restore), aimed at ids that exist often enough to do something. */
const step = (c: Curriculum) => {
  const skill = fc.constantFrom(...c.skills.map((s) => s.id), 'no-such')
  const category = fc.constantFrom(...c.categories.map((cat) => cat.id), 'no-such')
  const framework = fc.constantFrom(...c.frameworks.map((f) => f.id), 'no-such')
  const to = fc.oneof(fc.constantFrom('up' as const, 'down' as const), fc.nat(12))
  const title = fc.constantFrom('Queues', 'Caching', 'Löwe & “friends”', 'Retries')
  const sub = (skillId: string) => [
    ...(c.skills.find((s) => s.id === skillId)?.subtopics.map((t) => t.id) ?? []),
    'no-such',
  ]
  const onSub = <T>(make: (skillId: string, subtopicId: string) => T) =>
    skill.chain((skillId) => fc.constantFrom(...sub(skillId)).map((subtopicId) => make(skillId, subtopicId)))
  const rating = fc.record({
    score: fc.integer({ min: 1, max: 5 }),
    reason: fc.constantFrom('Fine.', 'Slow to learn.'),
  })
  const ratings = fc.record(
    Object.fromEntries(CRITERIA.map((k) => [k, rating])) as Record<(typeof CRITERIA)[number], typeof rating>,
  )
  const edits: fc.Arbitrary<CurriculumEdit | { op: 'restore'; pick: number }>[] = [
    fc.record({
      op: fc.constant('addSkill' as const),
      categoryId: category,
      title,
      summary: fc.constant(''),
      subtopics: fc.array(title, { maxLength: 2 }),
    }),
    fc.record({
      op: fc.constant('updateSkill' as const),
      skillId: skill,
      title: fc.option(title, { nil: undefined }),
      categoryId: fc.option(category, { nil: undefined }),
    }),
    fc.record({ op: fc.constant('moveSkill' as const), skillId: skill, to }),
    fc.record({ op: fc.constant('hideSkill' as const), skillId: skill, hidden: fc.boolean() }),
    fc.record({ op: fc.constant('deleteSkill' as const), skillId: skill }),
    fc.record({ op: fc.constant('addSubtopic' as const), skillId: skill, title }),
    onSub((skillId, subtopicId) => ({ op: 'renameSubtopic' as const, skillId, subtopicId, title: 'Renamed' })),
    onSub((skillId, subtopicId) => ({ op: 'deleteSubtopic' as const, skillId, subtopicId })),
    skill.chain((skillId) =>
      fc.record({
        op: fc.constant('moveSubtopic' as const),
        skillId: fc.constant(skillId),
        subtopicId: fc.constantFrom(...sub(skillId)),
        to,
      }),
    ),
    fc.record({ op: fc.constant('addCategory' as const), title }),
    fc.record({ op: fc.constant('renameCategory' as const), categoryId: category, title }),
    fc.record({ op: fc.constant('moveCategory' as const), categoryId: category, to }),
    fc.record({ op: fc.constant('hideCategory' as const), categoryId: category, hidden: fc.boolean() }),
    fc.record({ op: fc.constant('deleteCategory' as const), categoryId: category }),
    fc.record({
      op: fc.constant('linkGoal' as const),
      level: fc.constant('entry' as const),
      goalId: fc.constantFrom(...c.goals.entry.map((g) => g.id)),
      skillIds: fc.array(skill, { maxLength: 2 }),
    }),
    fc.record({
      op: fc.constant('addFramework' as const),
      name: title,
      language: fc.constant('Go'),
      firstRelease: fc.constant(2015),
      license: fc.constant('MIT'),
      style: fc.constant(''),
      strengths: fc.constant(''),
      uses: fc.constant(''),
      ratings,
    }),
    fc.record({
      op: fc.constant('updateFramework' as const),
      frameworkId: framework,
      name: fc.option(title, { nil: undefined }),
      language: fc.option(fc.constant('Rust'), { nil: undefined }),
    }),
    fc.record({ op: fc.constant('removeFramework' as const), frameworkId: framework }),
    fc.record({ op: fc.constant('restore' as const), pick: fc.nat() }),
  ]
  return fc.oneof(...edits)
}

describe('a curriculum edit', () => {
  it('changes only the nodes it touches, and a move only the moved item’s key and place, through any sequence of edits', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: 1, maxLength: 25 }), fc.integer(), (choices, seed) => {
        let c = defaultCurriculum()
        // The trash as the handlers keep it: deletes push what they removed, a restore takes one out.
        const trash: CurriculumRemoval[] = []
        let n = 0
        const newId = (prefix: string) => `${prefix}-${(n += 1)}`
        for (const [i, choice] of choices.entries()) {
          const planned = fc.sample(step(c), { numRuns: 1, seed: seed + i * 7919 + choice })[0]!
          const edit =
            planned.op === 'restore'
              ? trash.length > 0
                ? { op: 'restore' as const, at: planned.pick % trash.length }
                : null
              : planned
          if (!edit) continue
          const touched = touchedBy(edit, c)
          const before = nodesOf(c)
          const lists = new Map([...before.values()].map((node) => [node.list, listIds(c, node.list)]))
          let restored: CurriculumRemoval | null = null
          try {
            if (edit.op === 'restore') {
              restored = trash[edit.at]!
              c = restoreInCurriculum(c, { ...trash[edit.at]!, deletedAt: '2026-11-25T12:00:00.000Z' })
              trash.splice(edit.at, 1)
            } else {
              const { curriculum, removed } = applyEdit(c, edit, newId)
              c = curriculum
              if (removed) trash.push(removed)
            }
          } catch (error) {
            if (!(error instanceof AppError)) throw error
            touched.clear()
          }
          const after = nodesOf(c)
          // Copying on write gives the skill above a changed sub-topic a new object (with the same fields).
          const above = new Set(
            [...touched].flatMap((key) => (key.startsWith('sub:') ? [`skill:${key.slice(4, key.indexOf('/'))}`] : [])),
          )
          // So does a sub-topic added, or brought back from the trash.
          if (edit.op === 'addSubtopic') above.add(`skill:${edit.skillId}`)
          if (restored?.kind === 'subtopic') above.add(`skill:${restored.skillId}`)
          for (const [key, node] of before) {
            const now = after.get(key)
            if (touched.has(key)) continue
            // Not touched: still there, the same object, with the same fields.
            expect(now, `${edit.op} lost ${key}`).toBeDefined()
            if (!above.has(key)) expect(now!.ref === node.ref, `${edit.op} replaced ${key}`).toBe(true)
            expect(now!.own, `${edit.op} changed ${key}`).toBe(node.own)
          }
          if (isMove(edit.op) && touched.size === 1) {
            const [key] = [...touched]
            const moved = before.get(key!)!
            const movedNow = after.get(key!)!
            const { order: _a, ...was } = JSON.parse(moved.own) as Record<string, unknown>
            const { order: _b, ...is } = JSON.parse(movedNow.own) as Record<string, unknown>
            expect(is).toEqual(was)
            // The others keep their order among themselves.
            const id = key!.slice(key!.lastIndexOf(key!.includes('/') ? '/' : ':') + 1)
            expect(listIds(c, moved.list).filter((x) => x !== id)).toEqual(
              lists.get(moved.list)!.filter((x) => x !== id),
            )
          }
        }
      }),
      { numRuns: 60 },
    )
  }, 60_000)
})

describe('a curriculum edit through the real handler', () => {
  it('writes change records that name only the items it touched', async () => {
    const temp = await tempDir()
    const core = await openTestCore(temp.dir)
    try {
      const told: Change[] = []
      core.store.subscribe((change) => told.push(change))
      const curriculumRecords = () =>
        told.flatMap((change) =>
          change.records.filter((record) => record.kind.startsWith('curriculum-') || record.kind === 'framework-row'),
        )
      const named = () => curriculumRecords().map((record) => `${record.kind} ${record.id}`)
      await answerOf(core, 'curriculum:edit', {
        op: 'renameSubtopic',
        skillId: 'databases',
        subtopicId: 'indexes',
        title: 'Indexes and plans',
      })
      expect(named()).toEqual(['curriculum-skill databases'])
      expect(curriculumRecords()[0]!.at).toEqual([
        'curriculum',
        'skills',
        core.store.state.curriculum.skills.findIndex((s) => s.id === 'databases'),
      ])
      told.length = 0
      await answerOf(core, 'curriculum:edit', { op: 'hideCategory', categoryId: 'soft', hidden: true })
      expect(named()).toEqual(['curriculum-category soft'])
      told.length = 0
      // A move of the last sub-topic one step up: a record for its skill only.
      const apis = core.store.state.curriculum.skills.find((s) => s.id === 'apis')!
      const last = apis.subtopics.at(-1)!
      await answerOf(core, 'curriculum:edit', { op: 'moveSubtopic', skillId: 'apis', subtopicId: last.id, to: 'up' })
      expect(named()).toEqual(['curriculum-skill apis'])
    } finally {
      await core.close()
      await temp.remove()
    }
  })
})
