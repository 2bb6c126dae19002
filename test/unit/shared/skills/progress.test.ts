import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { SKILLS, type Skill } from '../../../../src/shared/curriculum/skills'
import {
  groupProgress,
  percent,
  skillCompletion,
  subtopicCount,
  subtopicSummary,
} from '../../../../src/shared/skills/progress'
import type { SkillProgress, SkillStatus } from '../../../../src/shared/model'

const databases = SKILLS.find((skill) => skill.id === 'databases') as Skill

function record(status: SkillStatus, ticked: string[] = []): SkillProgress {
  return { status, confidence: 0, subtopics: Object.fromEntries(ticked.map((id) => [id, true])) }
}

describe('skillCompletion', () => {
  it('is 0 for a skill never touched', () => {
    expect(skillCompletion(databases, undefined)).toBe(0)
  })

  it('is the share of ticked sub-topics while learning', () => {
    expect(skillCompletion(databases, record('learning', ['crud', 'indexes']))).toBeCloseTo(2 / 7)
  })

  it('ignores ticks of ids that are not sub-topics of the skill', () => {
    expect(skillCompletion(databases, record('learning', ['crud', 'not-a-subtopic']))).toBeCloseTo(1 / 7)
  })

  it('is 1 once the skill is done, whatever is ticked', () => {
    expect(skillCompletion(databases, record('done'))).toBe(1)
  })

  it('is null for a skipped skill, so it does not count', () => {
    expect(skillCompletion(databases, record('skipped', ['crud']))).toBeNull()
  })

  it('stays between 0 and 1 for any ticks', () => {
    const ids = databases.subtopics.map((sub) => sub.id)
    fc.assert(
      fc.property(
        fc.subarray([...ids, 'x', 'y']),
        fc.constantFrom<SkillStatus>('not-started', 'learning', 'done'),
        (ticked, status) => {
          const value = skillCompletion(databases, record(status, ticked)) as number
          return value >= 0 && value <= 1
        },
      ),
    )
  })
})

describe('groupProgress', () => {
  const technical = SKILLS.filter((skill) => skill.category === 'technical')

  it('is 0 with nothing done', () => {
    expect(groupProgress(technical, {})).toEqual({ fraction: 0, done: 0, counted: 11, total: 11 })
  })

  it('averages the skills that count and counts the done ones', () => {
    const result = groupProgress(technical, { apis: record('done'), databases: record('learning', ['crud']) })
    expect(result.done).toBe(1)
    expect(result.fraction).toBeCloseTo((1 + 1 / 7) / 11)
  })

  it('leaves skipped skills out of the average', () => {
    const two = SKILLS.filter((skill) => skill.id === 'apis' || skill.id === 'databases')
    const result = groupProgress(two, { apis: record('done'), databases: record('skipped') })
    expect(result).toEqual({ fraction: 1, done: 1, counted: 1, total: 2 })
  })

  it('is 0 when every skill is skipped or the group is empty', () => {
    expect(groupProgress([databases], { databases: record('skipped') }).fraction).toBe(0)
    expect(groupProgress([], {}).fraction).toBe(0)
  })

  it('reaches 100% when all are done', () => {
    const all = Object.fromEntries(SKILLS.map((skill) => [skill.id, record('done')]))
    expect(percent(groupProgress(SKILLS, all).fraction)).toBe(100)
  })
})

describe('percent', () => {
  it('rounds and clamps', () => {
    expect(percent(2 / 7)).toBe(29)
    expect(percent(-1)).toBe(0)
    expect(percent(3)).toBe(100)
  })
})

describe('the sub-topic counts', () => {
  it('name the status first for a done or skipped skill, whose bar does not come from the ticks', () => {
    const all = databases.subtopics.map((sub) => sub.id)
    expect(subtopicSummary(databases, record('learning', ['crud', 'indexes']))).toBe('2 of 7 sub-topics ticked')
    expect(subtopicSummary(databases, record('done', ['crud', 'indexes']))).toBe(
      'Done, counted in full (2 of 7 sub-topics ticked)',
    )
    expect(subtopicSummary(databases, record('done'))).toBe('Done, counted in full (0 of 7 sub-topics ticked)')
    expect(subtopicSummary(databases, record('done', all))).toBe('Done · all 7 sub-topics ticked')
    expect(subtopicSummary(databases, record('skipped'))).toBe('Skipped · 0 of 7 sub-topics ticked')
    expect(subtopicSummary(databases, undefined)).toBe('0 of 7 sub-topics ticked')
  })

  it('say why a done skill with open sub-topics counts in full', () => {
    const all = databases.subtopics.map((sub) => sub.id)
    expect(subtopicCount(databases, record('learning', ['crud']))).toBe('1 of 7 ticked')
    expect(subtopicCount(databases, record('done', ['crud']))).toBe(
      '1 of 7 ticked; the skill is marked Done, so it counts in full',
    )
    expect(subtopicCount(databases, record('done', all))).toBe('7 of 7 ticked')
  })

  it('say a skill without sub-topics has none yet instead of "0 of 0"', () => {
    const bare = { ...databases, subtopics: [] }
    expect(subtopicSummary(bare, undefined)).toBe('No sub-topics yet')
    expect(subtopicSummary(bare, record('done'))).toBe('Done')
    expect(subtopicCount(bare, undefined)).toBe('No sub-topics yet: add the first below.')
  })
})
