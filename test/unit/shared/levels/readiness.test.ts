import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { LEVEL_IDS, LEVELS } from '../../../../src/shared/curriculum/levels'
import { SKILLS } from '../../../../src/shared/curriculum/skills'
import {
  goalScore,
  levelGoals,
  levelReadiness,
  nextUp,
  readinessOf,
  type GoalView,
  type SkillProgressMap,
} from '../../../../src/shared/levels/readiness'
import { freshLevels, type LevelsState } from '../../../../src/shared/schemas/levels'
import type { SkillProgress, SkillStatus } from '../../../../src/shared/model'
import { defaultCurriculum } from '../../../../src/shared/curriculum/default'

const C = defaultCurriculum()

const skillIds = SKILLS.map((s) => s.id)
const statusArb = fc.constantFrom<SkillStatus>('not-started', 'learning', 'done', 'skipped')

/** Any skill progress map: some skills touched, with any status and any ticked sub-topics. */
const skillsArb: fc.Arbitrary<SkillProgressMap> = fc
  .array(
    fc.record({
      skill: fc.constantFrom(...SKILLS),
      status: statusArb,
      ticks: fc.array(fc.boolean(), { maxLength: 10 }),
    }),
    { maxLength: 20 },
  )
  .map((entries) => {
    const map: Record<string, SkillProgress> = {}
    for (const { skill, status, ticks } of entries) {
      const subtopics = Object.fromEntries(skill.subtopics.map((sub, i) => [sub.id, ticks[i] ?? false]))
      map[skill.id] = { status, confidence: 0, subtopics }
    }
    return map
  })

/** Any goal list: built-in-like or custom goals linking to any skills (or none, or unknown ids). */
const goalsArb: fc.Arbitrary<GoalView[]> = fc
  .array(
    fc.record({
      skillIds: fc.array(fc.constantFrom(...skillIds, 'no-such-skill'), { maxLength: 5 }),
      custom: fc.boolean(),
      done: fc.boolean(),
    }),
    { maxLength: 25 },
  )
  .map((goals) => goals.map((goal, i) => ({ ...goal, id: `goal-${i}`, title: `Goal ${i}` })))

describe('readiness', () => {
  it('is 0 and explained for a level with no goals, never NaN', () => {
    const r = readinessOf(C, [], {})
    expect(r.fraction).toBe(0)
    expect(r.totalGoals).toBe(0)
    expect(r.explanation).toMatch(/no goals/)
    expect(r.summary).toBe('No goals yet: add one to measure readiness.')
    expect(nextUp(C, [], {})).toEqual([])
  })

  it('is 0 on a first start for every level, and 100% once every goal is ticked', () => {
    const levels = freshLevels()
    for (const id of LEVEL_IDS) expect(levelReadiness(C, id, levels, {}).fraction).toBe(0)
    levels.mid.doneGoalIds = LEVELS[1]?.goals.map((g) => g.id) ?? []
    const mid = levelReadiness(C, 'mid', levels, {})
    expect(mid.fraction).toBe(1)
    expect(mid.explanation).toBe('All 7 goals are ticked, so this level counts as fully reached.')
    expect(mid.summary).toBe('All 7 goals ticked.')
  })

  it('gives an open goal half credit for the mean progress of its linked skills, skipped left out', () => {
    const goal: GoalView = {
      id: 'g',
      title: 'G',
      skillIds: ['apis', 'databases', 'security'],
      custom: true,
      done: false,
    }
    const skills: SkillProgressMap = {
      apis: { status: 'done', confidence: 0, subtopics: {} },
      databases: { status: 'not-started', confidence: 0, subtopics: {} },
      security: { status: 'skipped', confidence: 0, subtopics: {} },
    }
    expect(goalScore(C, goal, skills)).toBeCloseTo(0.25)
    const r = readinessOf(C, [goal, { ...goal, id: 'h', done: true }], skills)
    expect(r.fraction).toBeCloseTo(0.625)
    expect(r.explanation).toMatch(
      /^1 of 2 goals ticked, each counting in full; an open goal earns up to half its share/,
    )
    // The app's line stays short: how the figure is worked out is the disclosure's job.
    expect(r.summary).toBe('1 of 2 goals ticked, plus credit for skills in progress.')
    expect(readinessOf(C, [{ ...goal, done: true }], skills).summary).toBe('Its one goal is ticked.')
  })

  it('counts a goal of your own that links no skills only when ticked', () => {
    const levels: LevelsState = freshLevels()
    levels.entry.customGoals = [
      { id: 'custom-a', order: 'a0', title: 'Mine', skillIds: [], createdAt: '2030-01-01T00:00:00.000Z' },
    ]
    const allDone: SkillProgressMap = Object.fromEntries(
      skillIds.map((id) => [id, { status: 'done', confidence: 0, subtopics: {} }]),
    )
    const before = levelReadiness(C, 'entry', levels, allDone)
    expect(before.fraction).toBeCloseTo((8 * 0.5) / 9)
    levels.entry.doneGoalIds = ['custom-a']
    expect(levelReadiness(C, 'entry', levels, allDone).fraction).toBeCloseTo((8 * 0.5 + 1) / 9)
  })

  it('lists built-in goals first, then the learner’s own in their order', () => {
    const levels = freshLevels()
    levels.senior.customGoals = [
      { id: 'custom-b', order: 'a0', title: 'B', skillIds: [], createdAt: '2030-01-01T00:00:00.000Z' },
      { id: 'custom-a', order: 'a1', title: 'A', skillIds: [], createdAt: '2030-01-01T00:00:00.000Z' },
    ]
    const ids = levelGoals(C, 'senior', levels).map((g) => g.id)
    expect(ids.slice(-2)).toEqual(['custom-b', 'custom-a'])
    expect(ids).toHaveLength((LEVELS[2]?.goals.length ?? 0) + 2)
  })

  it('property: stays within 0..1 and is never NaN, for any goals and skills', () => {
    fc.assert(
      fc.property(goalsArb, skillsArb, (goals, skills) => {
        const { fraction } = readinessOf(C, goals, skills)
        expect(Number.isFinite(fraction)).toBe(true)
        expect(fraction).toBeGreaterThanOrEqual(0)
        expect(fraction).toBeLessThanOrEqual(1)
      }),
    )
  })

  it('property: ticking any goal never lowers readiness', () => {
    fc.assert(
      fc.property(goalsArb, skillsArb, fc.nat(), (goals, skills, pick) => {
        fc.pre(goals.length > 0)
        const i = pick % goals.length
        const ticked = goals.map((g, j) => (j === i ? { ...g, done: true } : g))
        expect(readinessOf(C, ticked, skills).fraction).toBeGreaterThanOrEqual(
          readinessOf(C, goals, skills).fraction - 1e-12,
        )
      }),
    )
  })

  it('property: finishing any skill never lowers readiness, whatever its status was', () => {
    fc.assert(
      fc.property(goalsArb, skillsArb, fc.constantFrom(...skillIds), (goals, skills, skillId) => {
        const finished = {
          ...skills,
          [skillId]: { confidence: 0, subtopics: {}, ...skills[skillId], status: 'done' as const },
        }
        expect(readinessOf(C, goals, finished).fraction).toBeGreaterThanOrEqual(
          readinessOf(C, goals, skills).fraction - 1e-12,
        )
      }),
    )
  })

  it('property: deleting every goal of your own from a level with only those leaves 0, not NaN', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ minLength: 1, maxLength: 20 }), { maxLength: 10 }),
        skillsArb,
        (titles, skills) => {
          const goals = titles.map((title, i) => ({
            id: `custom-${i}`,
            title,
            skillIds: ['apis'],
            custom: true,
            done: i % 2 === 0,
          }))
          const remaining = goals.filter((g) => !g.custom)
          expect(readinessOf(C, remaining, skills)).toMatchObject({ fraction: 0, totalGoals: 0 })
        },
      ),
    )
  })
})

describe('next up', () => {
  it('on a first start puts the goals of the level first, in their order', () => {
    const steps = nextUp(C, levelGoals(C, 'entry', freshLevels()), {}, 3)
    expect(steps.map((s) => s.kind)).toEqual(['goal', 'goal', 'goal'])
    expect(steps[0]?.id).toBe('entry-one-language')
    expect(steps[0]?.gain).toBeCloseTo(1 / 8)
  })

  it('ranks a skill that many open goals draw on above ticking a goal that is nearly there', () => {
    const goals: GoalView[] = [
      { id: 'a', title: 'A', skillIds: ['communication'], custom: false, done: false },
      { id: 'b', title: 'B', skillIds: ['communication'], custom: false, done: false },
      { id: 'c', title: 'C', skillIds: ['communication'], custom: false, done: false },
      { id: 'd', title: 'D', skillIds: ['apis'], custom: false, done: false },
    ]
    const skills: SkillProgressMap = { apis: { status: 'learning', confidence: 0, subtopics: {} } }
    const [first] = nextUp(C, goals, skills, 1)
    expect(first).toMatchObject({ kind: 'skill', id: 'communication' })
    expect(first?.gain).toBeCloseTo(1.5 / 4)
  })

  it('never suggests done or skipped skills, ticked goals, or steps that gain nothing', () => {
    const goals: GoalView[] = [
      { id: 'a', title: 'A', skillIds: ['apis', 'security'], custom: false, done: false },
      { id: 'b', title: 'B', skillIds: ['dsa'], custom: false, done: true },
    ]
    const skills: SkillProgressMap = {
      apis: { status: 'done', confidence: 0, subtopics: {} },
      security: { status: 'skipped', confidence: 0, subtopics: {} },
    }
    expect(nextUp(C, goals, skills, 10).map((s) => s.id)).toEqual(['a'])
  })

  it('property: at most `limit` steps, best first, each really raising readiness by its gain', () => {
    fc.assert(
      fc.property(goalsArb, skillsArb, fc.integer({ min: 0, max: 6 }), (goals, skills, limit) => {
        const now = readinessOf(C, goals, skills).fraction
        const steps = nextUp(C, goals, skills, limit)
        expect(steps.length).toBeLessThanOrEqual(limit)
        for (let i = 1; i < steps.length; i++) expect(steps[i - 1]!.gain).toBeGreaterThanOrEqual(steps[i]!.gain - 1e-9)
        for (const step of steps) {
          expect(step.gain).toBeGreaterThan(0)
          const after =
            step.kind === 'goal'
              ? readinessOf(
                  C,
                  goals.map((g) => (g.id === step.id ? { ...g, done: true } : g)),
                  skills,
                )
              : readinessOf(C, goals, {
                  ...skills,
                  [step.id]: { confidence: 0, subtopics: {}, ...skills[step.id], status: 'done' },
                })
          expect(after.fraction - now).toBeCloseTo(step.gain, 9)
        }
      }),
    )
  })
})
