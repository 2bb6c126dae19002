import { describe, expect, it } from 'vitest'
import { SHIPPED_PACKS } from '../../../../src/shared/curriculum/packs'
import type { ShippedPack } from '../../../../src/shared/curriculum/packs/shipped-pack'
import { defaultCurriculum } from '../../../../src/shared/curriculum/default'
import { CURRICULUM_LIMITS as L } from '../../../../src/shared/curriculum/limits'
import { idSchema } from '../../../../src/shared/schemas/common'
import { keyAfter, withKeys } from '../../../../src/shared/order/ordered'
import { categorySchema, curriculumSchema, curriculumSkillSchema } from '../../../../src/shared/schemas/curriculum'

const PREFIXES: Record<string, string> = { 'system-design': 'sd-', devops: 'devops-', 'go-track': 'go-' }

/** Every id a pack gives out (categories, skills, sub-topics), with where it comes from. */
function idsOf(pack: ShippedPack): { id: string; where: string }[] {
  return [
    ...pack.categories.map((c) => ({ id: c.id, where: `${pack.id} category` })),
    ...pack.skills.flatMap((s) => [
      { id: s.id, where: `${pack.id} skill` },
      ...s.subtopics.map((t) => ({ id: t.id, where: `${pack.id} sub-topic of ${s.id}` })),
    ]),
  ]
}

/** A pack's skills as the curriculum stores them: every sub-topic with its links (an empty list when it has none). */
function asStored(pack: ShippedPack) {
  return withKeys(
    pack.skills.map((skill) => ({
      ...skill,
      subtopics: withKeys(
        skill.subtopics.map(({ id, title, resources }) => ({ id, title, resources: resources ?? [] })),
      ),
    })),
  )
}

/** Every title a pack shows: its own, its categories', skills', sub-topics' and resources'. */
function titlesOf(pack: ShippedPack): string[] {
  return [
    pack.title,
    ...pack.categories.map((c) => c.title),
    ...pack.skills.flatMap((s) => [
      s.title,
      ...s.subtopics.flatMap((t) => [t.title, ...(t.resources ?? []).map((r) => r.title)]),
    ]),
  ]
}

const builtInIds = (): Set<string> => {
  const curriculum = defaultCurriculum()
  return new Set([
    ...curriculum.categories.map((c) => c.id),
    ...curriculum.skills.flatMap((s) => [s.id, ...s.subtopics.map((t) => t.id)]),
  ])
}

describe('the shipped curriculum packs', () => {
  it('are the system design, DevOps and Go packs, each at pack version 1 with a title and a description', () => {
    expect(SHIPPED_PACKS.map((pack) => pack.id)).toEqual(['system-design', 'devops', 'go-track'])
    for (const pack of SHIPPED_PACKS) {
      expect(idSchema.safeParse(pack.id).success, pack.id).toBe(true)
      expect(pack.packVersion, pack.id).toBe(1)
      expect(pack.title.trim().length, pack.id).toBeGreaterThan(0)
      expect(pack.title.length, pack.id).toBeLessThanOrEqual(L.title)
      expect(pack.description.trim().length, pack.id).toBeGreaterThan(40)
      expect(pack.description.length, pack.id).toBeLessThanOrEqual(L.summary)
    }
  })

  it('give each pack one or two categories, six to ten skills and four to eight sub-topics per skill', () => {
    for (const pack of SHIPPED_PACKS) {
      expect(pack.categories.length, pack.id).toBeGreaterThanOrEqual(1)
      expect(pack.categories.length, pack.id).toBeLessThanOrEqual(2)
      expect(pack.skills.length, pack.id).toBeGreaterThanOrEqual(6)
      expect(pack.skills.length, pack.id).toBeLessThanOrEqual(10)
      for (const skill of pack.skills) {
        expect(skill.subtopics.length, skill.id).toBeGreaterThanOrEqual(4)
        expect(skill.subtopics.length, skill.id).toBeLessThanOrEqual(8)
      }
    }
  })

  it('file every skill under a category of its own pack and leave no category empty', () => {
    for (const pack of SHIPPED_PACKS) {
      const categories = pack.categories.map((c) => c.id)
      for (const skill of pack.skills) expect(categories, skill.id).toContain(skill.category)
      for (const category of categories)
        expect(
          pack.skills.some((s) => s.category === category),
          category,
        ).toBe(true)
    }
  })

  it('use valid slug ids prefixed by their pack, unique across every pack and apart from the built-in curriculum', () => {
    const builtIn = builtInIds()
    const seen = new Map<string, string>()
    for (const pack of SHIPPED_PACKS) {
      const prefix = PREFIXES[pack.id]
      expect(prefix, pack.id).toBeDefined()
      for (const { id, where } of idsOf(pack)) {
        expect(idSchema.safeParse(id).success, `${where}: ${id}`).toBe(true)
        expect(id.startsWith(prefix ?? '\0'), `${where}: ${id}`).toBe(true)
        expect(builtIn.has(id), `${where}: ${id} is a built-in id`).toBe(false)
        expect(seen.get(id), `${where}: ${id} is already used`).toBeUndefined()
        seen.set(id, where)
      }
    }
    expect(seen.size).toBeGreaterThan(150)
  })

  it('parse with the curriculum schemas unchanged once their resources are set aside', () => {
    for (const pack of SHIPPED_PACKS) {
      for (const category of withKeys(pack.categories))
        expect(categorySchema.parse(category)).toEqual({ ...category, hidden: false })
      for (const skill of asStored(pack)) {
        const parsed = curriculumSkillSchema.safeParse(skill)
        expect(parsed.error?.issues, skill.id).toBeUndefined()
        expect(parsed.data).toEqual({ ...skill, hidden: false })
      }
    }
  })

  it('make, added to the built-in curriculum all at once, a curriculum the data file accepts', () => {
    const curriculum = defaultCurriculum()
    for (const pack of SHIPPED_PACKS) {
      curriculum.categories.push(
        ...pack.categories.map((c) => ({ ...c, order: keyAfter(curriculum.categories), hidden: false })),
      )
      for (const skill of asStored(pack))
        curriculum.skills.push({ ...skill, order: keyAfter(curriculum.skills), hidden: false })
    }
    const parsed = curriculumSchema.safeParse(curriculum)
    expect(parsed.error?.issues).toBeUndefined()
    expect(parsed.data?.skills.length).toBe(
      defaultCurriculum().skills.length + SHIPPED_PACKS.reduce((n, p) => n + p.skills.length, 0),
    )
  })

  it('keep every title and summary within the curriculum limits', () => {
    for (const pack of SHIPPED_PACKS) {
      for (const category of pack.categories) expect(category.title.length, category.id).toBeLessThanOrEqual(L.title)
      for (const skill of pack.skills) {
        expect(skill.title.length, skill.id).toBeLessThanOrEqual(L.title)
        expect(skill.summary.length, skill.id).toBeLessThanOrEqual(L.summary)
        expect(skill.subtopics.length, skill.id).toBeLessThanOrEqual(L.subtopics)
        for (const sub of skill.subtopics) expect(sub.title.length, sub.id).toBeLessThanOrEqual(L.subtopicTitle)
      }
    }
  })

  it('sum up every skill in one or two real sentences', () => {
    for (const pack of SHIPPED_PACKS) {
      for (const skill of pack.skills) {
        expect(skill.summary.trim().length, skill.id).toBeGreaterThan(60)
        const sentences = skill.summary.split(/[.!?](?:\s|$)/).filter((s) => s.trim() !== '')
        expect(sentences.length, skill.id).toBeGreaterThanOrEqual(1)
        expect(sentences.length, skill.id).toBeLessThanOrEqual(2)
      }
    }
  })

  it('offer a few resources per pack, each titled and at an https address', () => {
    for (const pack of SHIPPED_PACKS) {
      const resources = pack.skills.flatMap((s) => s.subtopics.flatMap((t) => t.resources ?? []))
      expect(resources.length, pack.id).toBeGreaterThanOrEqual(3)
      for (const resource of resources) {
        expect(resource.title.trim().length, resource.url).toBeGreaterThan(0)
        expect(resource.title.length, resource.url).toBeLessThanOrEqual(L.title)
        expect(new URL(resource.url).protocol, resource.url).toBe('https:')
        expect(new URL(resource.url).username + new URL(resource.url).password, resource.url).toBe('')
      }
      const urls = resources.map((r) => r.url)
      expect(new Set(urls).size, pack.id).toBe(urls.length)
    }
  })

  it('put no markup characters in any title', () => {
    for (const pack of SHIPPED_PACKS) for (const title of titlesOf(pack)) expect(title, pack.id).not.toMatch(/[<>]/)
  })
})
