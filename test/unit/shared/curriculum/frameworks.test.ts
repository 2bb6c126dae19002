import { describe, expect, it } from 'vitest'
import { FRAMEWORKS, RATED_FRAMEWORKS, frameworkById } from '../../../../src/shared/curriculum/frameworks'
import { CRITERIA } from '../../../../src/shared/frameworks/prefs'
import { idSchema } from '../../../../src/shared/schemas/common'
import { frameworkMarks } from '../../../../src/shared/frameworks/marks'
import { filterByLanguage, sortFrameworks } from '../../../../src/shared/frameworks/table'
import { defaultCurriculum } from '../../../../src/shared/curriculum/default'
import { frameworkLanguages } from '../../../../src/shared/curriculum/access'

describe('framework data', () => {
  it('holds the twelve rows of the fact sheet with their facts', () => {
    const facts = FRAMEWORKS.map((f) => [f.name, f.language, f.firstRelease, f.license])
    expect(facts).toEqual([
      ['Ruby on Rails', 'Ruby', 2004, 'MIT'],
      ['Node.js', 'JavaScript', 2009, 'MIT'],
      ['Express', 'JavaScript', 2010, 'MIT'],
      ['Django', 'Python', 2005, 'BSD-3-Clause'],
      ['Flask', 'Python', 2010, 'BSD-3-Clause'],
      ['Spring Boot', 'Java', 2014, 'Apache-2.0'],
      ['ASP.NET Core', 'C#', 2016, 'MIT'],
      ['Laravel', 'PHP', 2011, 'MIT'],
      ['FastAPI', 'Python', 2018, 'MIT'],
      ['NestJS', 'TypeScript', 2017, 'MIT'],
      ['Gin', 'Go', 2014, 'MIT'],
      ['Phoenix', 'Elixir', 2014, 'MIT'],
    ])
    expect(FRAMEWORKS.filter((f) => f.namedInSource).map((f) => f.id)).toEqual([
      'rails',
      'nodejs',
      'express',
      'django',
      'flask',
    ])
  })

  it('has unique, valid ids and shows Node.js as a runtime with a reason', () => {
    expect(new Set(FRAMEWORKS.map((f) => f.id)).size).toBe(FRAMEWORKS.length)
    for (const f of FRAMEWORKS) expect(idSchema.safeParse(f.id).success).toBe(true)
    const node = frameworkById('nodejs')
    expect(node?.kind).toBe('runtime')
    expect(node?.kind === 'runtime' && node.kindNote.length).toBeGreaterThan(20)
    expect(RATED_FRAMEWORKS).toHaveLength(11)
  })

  it('rates every framework 1-5 on every criterion with a one-line reason', () => {
    for (const f of RATED_FRAMEWORKS) {
      for (const c of CRITERIA) {
        const rating = f.ratings[c]
        expect(rating.score).toBeGreaterThanOrEqual(1)
        expect(rating.score).toBeLessThanOrEqual(5)
        expect(rating.reason.length).toBeGreaterThan(10)
        expect(rating.reason).not.toContain('\n')
      }
    }
  })

  it('lists each language once for the filter', () => {
    const languages = frameworkLanguages(defaultCurriculum())
    expect(languages).toContain('Python')
    expect(new Set(languages).size).toBe(languages.length)
    expect([...languages].sort((a, b) => a.localeCompare(b))).toEqual(languages)
    expect(filterByLanguage(FRAMEWORKS, 'Python').map((f) => f.name)).toEqual(['Django', 'Flask', 'FastAPI'])
    expect(filterByLanguage(FRAMEWORKS, '')).toHaveLength(12)
  })
})

describe('sortFrameworks', () => {
  it('sorts years as numbers and breaks ties by name', () => {
    const rows = sortFrameworks(FRAMEWORKS, { column: 'firstRelease', direction: 'asc' }, {})
    expect(rows.slice(0, 3).map((f) => f.name)).toEqual(['Ruby on Rails', 'Django', 'Node.js'])
    const y2014 = rows.filter((f) => f.firstRelease === 2014).map((f) => f.name)
    expect(y2014).toEqual(['Gin', 'Phoenix', 'Spring Boot'])
    expect(sortFrameworks(FRAMEWORKS, { column: 'firstRelease', direction: 'desc' }, {})[0]?.name).toBe('FastAPI')
  })

  it('sorts by name either way and keeps unmarked rows last when sorting by mark', () => {
    expect(sortFrameworks(FRAMEWORKS, { column: 'name', direction: 'desc' }, {})[0]?.name).toBe('Spring Boot')
    const marks = { gin: 'used', django: 'learning' } as const
    for (const direction of ['asc', 'desc'] as const) {
      const names = sortFrameworks(FRAMEWORKS, { column: 'mark', direction }, marks).map((f) => f.name)
      expect(names.slice(0, 2).sort()).toEqual(['Django', 'Gin'])
    }
  })
})

describe('frameworkMarks', () => {
  it('lists marked frameworks by name, skipping unknown ids', () => {
    const marks = { phoenix: 'used', django: 'learning', 'no-such': 'used' } as const
    expect(frameworkMarks({ curriculum: defaultCurriculum(), frameworks: { marks } })).toEqual([
      { id: 'django', name: 'Django', mark: 'learning' },
      { id: 'phoenix', name: 'Phoenix', mark: 'used' },
    ])
    expect(frameworkMarks({ curriculum: defaultCurriculum(), frameworks: { marks: {} } })).toEqual([])
  })
})
