import { describe, expect, it } from 'vitest'
import { CATEGORY_LABELS, SKILLS, skillById } from '../../../../src/shared/curriculum/skills'
import { idSchema } from '../../../../src/shared/schemas/common'

describe('the skills curriculum', () => {
  it('holds the fifteen skills in the order of the fact sheet', () => {
    expect(SKILLS.map((skill) => skill.id)).toEqual([
      'languages',
      'databases',
      'apis',
      'security',
      'web-servers',
      'frontend-basics',
      'frameworks',
      'version-control',
      'dsa',
      'testing-debugging',
      'serverless',
      'communication',
      'problem-solving',
      'critical-thinking',
      'adaptability',
    ])
  })

  it('gives every skill a unique slug id that the data file accepts', () => {
    const ids = SKILLS.map((skill) => skill.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const id of ids) expect(idSchema.safeParse(id).success, id).toBe(true)
  })

  it('gives every skill a title, a known category and a real explanation', () => {
    for (const skill of SKILLS) {
      expect(skill.title.trim(), skill.id).not.toBe('')
      expect(Object.keys(CATEGORY_LABELS)).toContain(skill.category)
      expect(skill.summary.trim().length, skill.id).toBeGreaterThan(60)
    }
  })

  it('lists the eleven technical skills before the four soft ones', () => {
    expect(SKILLS.map((skill) => skill.category)).toEqual([
      ...Array<string>(11).fill('technical'),
      ...Array<string>(4).fill('soft'),
    ])
  })

  it('gives every skill 3 to 8 sub-topics with unique slug ids and non-empty titles', () => {
    for (const skill of SKILLS) {
      expect(skill.subtopics.length, skill.id).toBeGreaterThanOrEqual(3)
      expect(skill.subtopics.length, skill.id).toBeLessThanOrEqual(8)
      const ids = skill.subtopics.map((sub) => sub.id)
      expect(new Set(ids).size, skill.id).toBe(ids.length)
      for (const sub of skill.subtopics) {
        expect(idSchema.safeParse(sub.id).success, `${skill.id}/${sub.id}`).toBe(true)
        expect(sub.title.trim(), `${skill.id}/${sub.id}`).not.toBe('')
      }
    }
  })

  it('finds a skill by id and nothing for an unknown or inherited key', () => {
    expect(skillById('apis')?.title).toBe('APIs')
    expect(skillById('nope')).toBeUndefined()
    expect(skillById('__proto__')).toBeUndefined()
  })
})
