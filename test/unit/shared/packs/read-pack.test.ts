import { describe, expect, it } from 'vitest'
import { readPackText } from '../../../../src/shared/packs/read-pack'
import { smallPack } from './pack-fixture'

const text = (value: unknown): string => JSON.stringify(value)

/** The message readPackText refuses `input` with. */
function refusal(input: string): string {
  try {
    readPackText(input)
  } catch (error) {
    return (error as Error).message
  }
  throw new Error('the pack was accepted')
}

describe('reading a pack file', () => {
  it('accepts a valid pack and fills in the defaults', () => {
    const pack = readPackText(text(smallPack()))
    expect(pack.skills[1]).toEqual({
      id: 'ci',
      title: 'Continuous integration',
      category: 'devops',
      summary: '',
      subtopics: [{ id: 'pipelines', title: 'Pipelines', resources: [] }],
    })
  })

  it('refuses invalid JSON', () => {
    expect(refusal('{"format": "groundwork-curriculum-pack", ')).toMatch(/not valid JSON.*Nothing was changed/)
  })

  it('refuses JSON that is not a pack at all', () => {
    expect(refusal(text({ schemaVersion: 3, skills: {} }))).toMatch(/not a Groundwork curriculum pack/)
    expect(refusal(text([1, 2]))).toMatch(/not a Groundwork curriculum pack/)
  })

  it('refuses a pack of the wrong shape and says where', () => {
    const pack = smallPack()
    ;(pack.skills[0] as { title: unknown }).title = 42
    expect(refusal(text(pack))).toMatch(/skills › 1 › title: .*Nothing was changed/)
    expect(refusal(text({ ...smallPack(), extra: true }))).toMatch(/Unrecognized key/)
  })

  it('refuses a newer format version with a message about updating', () => {
    expect(refusal(text({ ...smallPack(), formatVersion: 2 }))).toMatch(
      /format version 2, made for a newer Groundwork.*Update Groundwork/,
    )
  })

  it('refuses duplicate ids of skills, categories and sub-topics', () => {
    const pack = smallPack()
    expect(refusal(text({ ...pack, skills: [pack.skills[0], { ...pack.skills[1], id: 'docker' }] }))).toMatch(
      /Two skills have the id "docker"/,
    )
    expect(refusal(text({ ...pack, categories: [...pack.categories, { id: 'devops', title: 'Again' }] }))).toMatch(
      /Two categories have the id "devops"/,
    )
    const subs = [
      { id: 'a', title: 'One' },
      { id: 'a', title: 'Two' },
    ]
    expect(refusal(text({ ...pack, skills: [{ ...pack.skills[0], subtopics: subs }] }))).toMatch(
      /Two sub-topics of "Docker" have the id "a"/,
    )
  })

  it('refuses a skill in a category the pack does not have', () => {
    const pack = smallPack()
    expect(refusal(text({ ...pack, skills: [{ ...pack.skills[0], category: 'nowhere' }] }))).toMatch(
      /category \("nowhere"\) the pack does not have/,
    )
  })

  it('refuses __proto__, constructor and prototype keys anywhere', () => {
    const raw = text(smallPack()).replace(
      '"summary":"Containers."',
      '"summary":"Containers.","__proto__":{"polluted":true}',
    )
    expect(refusal(raw)).toMatch(/"__proto__" key.*refused for safety/)
    expect(refusal(text(smallPack()).replace('"id":"ci"', '"constructor":{},"id":"ci"'))).toMatch(/"constructor" key/)
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined()
  })

  it('refuses 10,000 skills without walking them', () => {
    const skill = (i: number) => ({ id: `s${i}`, title: `Skill ${i}`, category: 'devops', subtopics: [] })
    expect(refusal(text({ ...smallPack(), skills: Array.from({ length: 10_000 }, (_, i) => skill(i)) }))).toMatch(
      /10000 skills; a curriculum can hold up to 1000/,
    )
  })

  it('refuses binary data', () => {
    const bytes = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0xff, 0xfe])
    expect(refusal(bytes.toString('utf8'))).toMatch(/binary data/)
  })

  it('refuses links that are not https', () => {
    const pack = smallPack()
    const bad = (url: string) =>
      text({
        ...pack,
        skills: [{ ...pack.skills[0], subtopics: [{ id: 'x', title: 'X', resources: [{ title: 'L', url }] }] }],
      })
    for (const url of [
      'http://example.com',
      'javascript:alert(1)',
      'https://user:pw@example.com',
      'file:///etc/passwd',
      'https://exa mple.com',
    ])
      expect(refusal(bad(url))).toMatch(/https:\/\/ address/)
  })

  it('keeps titles full of markup as the text they are', () => {
    const title = '<img src=x onerror=alert(1)> **bold** [x](javascript:alert(1))'
    const pack = readPackText(
      text({
        ...smallPack(),
        skills: [{ id: 'x', title, category: 'devops', subtopics: [{ id: 'y', title: '<script>alert(1)</script>' }] }],
      }),
    )
    expect(pack.skills[0]?.title).toBe(title)
    expect(pack.skills[0]?.subtopics[0]?.title).toBe('<script>alert(1)</script>')
  })
})
