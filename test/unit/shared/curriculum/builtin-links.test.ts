import { describe, expect, it } from 'vitest'
import {
  BUILT_IN_LINKS,
  BUILT_IN_LINKS_RELEASE,
  withBuiltInLinks,
} from '../../../../src/shared/curriculum/builtin-links'
import { defaultCurriculum } from '../../../../src/shared/curriculum/default'
import { SKILLS } from '../../../../src/shared/curriculum/skills'
import { resourceSchema, subtopicSchema, type Curriculum } from '../../../../src/shared/schemas/curriculum'
import { isHttpsLink } from '../../../../src/shared/markdown/web-link'
import { CURRICULUM_LIMITS } from '../../../../src/shared/curriculum/limits'

describe('the built-in sub-topics’ links', () => {
  it('give every built-in skill sub-topics with links to learn from', () => {
    for (const skill of SKILLS) {
      const linked = skill.subtopics.filter((sub) => (BUILT_IN_LINKS[skill.id]?.[sub.id] ?? []).length > 0)
      expect(linked.length, skill.id).toBeGreaterThanOrEqual(2)
    }
  })

  it('name only sub-topics that exist, each with a few links', () => {
    for (const [skillId, subtopics] of Object.entries(BUILT_IN_LINKS)) {
      const skill = SKILLS.find((s) => s.id === skillId)
      expect(skill, skillId).toBeDefined()
      for (const [subtopicId, links] of Object.entries(subtopics)) {
        expect(
          skill?.subtopics.map((sub) => sub.id),
          `${skillId}/${subtopicId}`,
        ).toContain(subtopicId)
        expect(links.length).toBeGreaterThan(0)
        expect(links.length).toBeLessThanOrEqual(Math.min(3, CURRICULUM_LIMITS.resources))
      }
    }
  })

  it('are all https and pass the curriculum’s own link validation', () => {
    const links = Object.values(BUILT_IN_LINKS).flatMap((subtopics) => Object.values(subtopics).flat())
    expect(links.length).toBeGreaterThan(60)
    for (const link of links) {
      expect(link.url, link.title).toMatch(/^https:\/\//)
      expect(isHttpsLink(link.url), link.url).toBe(true)
      expect(resourceSchema.strict().safeParse(link).success, link.url).toBe(true)
    }
  })

  it('seed a new curriculum, which records their release', () => {
    const curriculum = defaultCurriculum()
    expect(curriculum.builtInLinks).toBe(BUILT_IN_LINKS_RELEASE)
    const databases = curriculum.skills.find((s) => s.id === 'databases')
    expect(databases?.subtopics.find((sub) => sub.id === 'indexes')?.resources).toEqual([
      { title: 'PostgreSQL manual: indexes', url: 'https://www.postgresql.org/docs/current/indexes.html' },
    ])
    for (const skill of curriculum.skills)
      for (const sub of skill.subtopics) expect(subtopicSchema.safeParse(sub).success).toBe(true)
    // Copies: a change to one curriculum's links never reaches the table or another curriculum.
    databases!.subtopics[0]!.resources[0]!.title = 'changed'
    expect(defaultCurriculum().skills[1]!.subtopics[0]!.resources[0]!.title).not.toBe('changed')
  })
})

/** A curriculum as a learner of an earlier release has it: no links, no record of a release. */
function earlierCurriculum(): Curriculum {
  const curriculum = defaultCurriculum()
  delete curriculum.builtInLinks
  for (const skill of curriculum.skills) for (const sub of skill.subtopics) sub.resources = []
  return curriculum
}

describe('withBuiltInLinks', () => {
  it('gives an earlier curriculum the links, keeping the learner’s own links, names and sub-topics', () => {
    const before = earlierCurriculum()
    const apis = before.skills.find((s) => s.id === 'apis')!
    apis.subtopics[0]!.resources = [{ title: 'My favourite methods page', url: 'https://example.org/methods' }]
    apis.subtopics[1]!.title = 'REST, my way'
    apis.subtopics.push({ id: 'own-webhooks', order: 'c000', title: 'Webhooks', resources: [] })

    const after = withBuiltInLinks(before)
    const apisAfter = after.skills.find((s) => s.id === 'apis')!
    expect(after.builtInLinks).toBe(BUILT_IN_LINKS_RELEASE)
    expect(apisAfter.subtopics[0]?.resources).toEqual([
      { title: 'My favourite methods page', url: 'https://example.org/methods' },
    ])
    expect(apisAfter.subtopics[1]).toMatchObject({
      title: 'REST, my way',
      resources: BUILT_IN_LINKS.apis?.['rest-design'],
    })
    expect(apisAfter.subtopics.find((sub) => sub.id === 'own-webhooks')?.resources).toEqual([])
    // Nothing else of the curriculum moves.
    expect(after.skills.map((s) => [s.id, s.title, s.subtopics.map((sub) => sub.id)])).toEqual(
      before.skills.map((s) => [s.id, s.title, s.subtopics.map((sub) => sub.id)]),
    )
    expect(before.skills.find((s) => s.id === 'databases')?.subtopics[0]?.resources).toEqual([])
  })

  it('leaves a curriculum of the current release alone, so links the learner removed stay removed', () => {
    const current = defaultCurriculum()
    current.skills[0]!.subtopics[0]!.resources = []
    expect(withBuiltInLinks(current)).toBe(current)
  })
})
