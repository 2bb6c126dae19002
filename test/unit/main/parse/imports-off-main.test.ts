import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { createCore, type Core } from '../../../../src/main/core'
import { parseOffMain } from '../../../../src/main/parse/parse-off-main'
import { useBuiltWorkers } from '../../../../src/main/worker-thread'
import { OUTLINE_LIMITS } from '../../../../src/shared/packs/outline-size'
import type { Result } from '../../../../src/shared/result'
import type { PackPreview } from '../../../../src/shared/contract/packs'
import { answerOf } from '../../../support/dispatch-answer'
import { tempDir } from '../../../support/temp-dir'
import { testServices } from '../../../support/test-services'
import { testClock } from '../../../support/test-clock'

// Imports are parsed in a worker thread (src/main/parse): these tests go through the real handlers
// with real files, and check what is refused before parsing, what still imports, and that main's
// event loop runs while a large file is parsed. From source, each worker first loads the parsers
// through tsx (a second or more on a busy machine), hence the long time limits.

let temp: Awaited<ReturnType<typeof tempDir>>
let core: Core
let answers: string[]
let folders: string[]

beforeEach(async () => {
  temp = await tempDir()
  answers = []
  folders = []
  core = await createCore({
    dataDir: temp.dir,
    services: testServices(temp.dir, answers, folders),
    log: () => undefined,
    checkResponses: true,
    clock: testClock(),
  })
  await core.store.backupsSettled()
})
afterEach(async () => {
  await core.close()
  await temp.remove()
})

/** An outline of `skills` headings with `items` list items under each. */
function outline(skills: number, items: number): string {
  const skill = (s: number): string =>
    `## Skill ${s}\n\n${Array.from({ length: items }, (_, i) => `- [ ] Topic ${s}.${i}`).join('\n')}\n`
  return `# Imported track\n\n${Array.from({ length: skills }, (_, s) => skill(s)).join('\n')}`
}

/** Writes `text` to `name`, answers the next open dialog with it and asks for the import's preview. */
async function choose(name: string, text: string): Promise<Result<PackPreview>> {
  const path = join(temp.dir, name)
  await writeFile(path, text)
  answers.push(path)
  return (await core.dispatch('packs:chooseImport', undefined)) as Result<PackPreview>
}

describe('an import too big to parse', { timeout: 60_000 }, () => {
  it('is refused by its count of list items, lines, headings or nesting, with what to do, and nothing changes', async () => {
    const before = await readFile(core.store.path, 'utf8').catch(() => '')
    const cases: [string, string, RegExp][] = [
      [
        'items.md',
        outline(1, OUTLINE_LIMITS.listItems + 1),
        /has 20,001 list items; Groundwork reads outlines of up to 20,000\. Split it/,
      ],
      [
        'lines.md',
        `## Skill\n\n- one\n${'\n'.repeat(OUTLINE_LIMITS.lines)}`,
        /has 100,004 lines; Groundwork reads outlines of up to 100,000/,
      ],
      [
        'headings.md',
        Array.from({ length: OUTLINE_LIMITS.headings + 1 }, (_, i) => `## H${i}\n- a`).join('\n'),
        /has 5,001 headings/,
      ],
      [
        'deep.md',
        `## Skill\n\n${'- '.repeat(2000)}deep\n`,
        /Line 3 of this outline nests lists or quotes about 2,000 levels deep; Groundwork reads up to 32\. Indent/,
      ],
      ['quotes.md', `## Skill\n\n- a\n${'> '.repeat(40)}quoted\n`, /Line 4 .* 40 levels deep/],
    ]
    for (const [name, text, message] of cases) {
      const answer = await choose(name, text)
      expect(answer, name).toMatchObject({ ok: false, error: { code: 'too-large' } })
      if (!answer.ok) expect(answer.error.message, name).toMatch(message)
      if (!answer.ok) expect(answer.error.message, name).toMatch(/Nothing was changed\.$/)
    }
    expect(await readFile(core.store.path, 'utf8').catch(() => '')).toBe(before)
  })

  it('is refused when a pack gives a skill more sub-topics than a skill can hold, before the schema reads them', async () => {
    const pack = {
      format: 'groundwork-curriculum-pack',
      formatVersion: 1,
      id: 'crowded',
      title: 'Crowded',
      packVersion: 1,
      categories: [{ id: 'c', title: 'C' }],
      skills: [
        { id: 'fine', title: 'Fine', category: 'c', subtopics: [] },
        { id: 'crowded', title: 'Crowded', category: 'c', subtopics: Array.from({ length: 100_000 }, () => ({})) },
      ],
    }
    const answer = await choose('crowded.json', JSON.stringify(pack))
    expect(answer).toEqual({
      ok: false,
      error: {
        code: 'too-large',
        message: 'Skill 2 of this pack has more than 200 sub-topics, the most a skill can hold. Nothing was changed.',
      },
    })
  })
})

describe('a big import within the limits', { timeout: 60_000 }, () => {
  it('is previewed and imported: 300 skills of 10 sub-topics from an outline', async () => {
    const preview = await choose('track.md', outline(300, 10))
    if (!preview.ok) throw new Error(preview.error.message)
    expect(preview.value).toMatchObject({
      source: { kind: 'outline', name: 'track.md' },
      summary: { skills: { added: { count: 300 } }, subtopics: { added: { count: 3000 } } },
    })
    await answerOf(core, 'imports:confirm', { token: preview.value.token })
    const added = core.store.state.curriculum.skills.filter((skill) => skill.title.startsWith('Skill '))
    expect(added).toHaveLength(300)
    expect(added[299]?.subtopics.map((s) => s.title)).toEqual(Array.from({ length: 10 }, (_, i) => `Topic 299.${i}`))
  })

  it('leaves main’s event loop free while it is parsed', async () => {
    // 6,000 list items: a second or more of parsing, which would hold up every tick if done in main.
    const text = outline(100, 60)
    let ticks = 0
    const ticking = setInterval(() => (ticks += 1), 1)
    try {
      const preview = await choose('near-limit.md', text)
      expect(preview).toMatchObject({ ok: true, value: { summary: { skills: { added: { count: 100 } } } } })
    } finally {
      clearInterval(ticking)
    }
    // Parsed in main, the only ticks would be the few between reading the file and parsing it.
    expect(ticks).toBeGreaterThan(50)
  })

  it('reads a Markdown folder of 400 notes with front matter off main, and plans it as before', async () => {
    const folder = join(temp.dir, 'vault', 'Databases')
    await mkdir(folder, { recursive: true })
    for (let i = 0; i < 400; i += 1)
      await writeFile(
        join(folder, `Note ${i}.md`),
        `---\ntitle: "Note ${i}"\ntags: [a, b]\n---\n\nBody ${i} with **bold** text.\n`,
      )
    folders.push(join(temp.dir, 'vault'))
    const preview = await answerOf<{
      added: number
      otherKeys: string[]
      place: { folder: string; skillId: string | null }[]
    }>(core, 'markdown:chooseImport')
    expect(preview).toMatchObject({
      added: 400,
      otherKeys: ['tags'],
      place: [{ folder: 'Databases', skillId: 'databases' }],
    })
  })
})

describe('the parse worker', { timeout: 60_000 }, () => {
  afterEach(() => useBuiltWorkers(null))

  it('stops a job past its time with a clear message, and the next job gets a new worker', async () => {
    const refused = parseOffMain('curriculumFile', { name: 'slow.md', text: outline(100, 190) }, { timeMs: 20 })
    await expect(refused).rejects.toMatchObject({
      code: 'too-large',
      message: 'Reading this file took longer than 20 ms, so it was stopped. Try a smaller file. Nothing was changed.',
    })
    const { incoming } = await parseOffMain('curriculumFile', { name: 'small.md', text: outline(1, 2) })
    expect(incoming.skills.map((skill) => skill.subtopics.length)).toEqual([2])
  })

  it('fails with a clear error when the worker cannot start, rather than parsing in main', async () => {
    useBuiltWorkers(join(temp.dir, 'missing-build'))
    const answer = await choose('track.md', outline(1, 2))
    expect(answer).toMatchObject({
      ok: false,
      error: {
        code: 'internal',
        message: expect.stringMatching(
          /^Groundwork could not read this file \(.*missing-build.*parse-worker\.js.*\)\. Nothing was changed\.$/,
        ) as string,
      },
    })
    expect(core.store.state.curriculum.skills.some((skill) => skill.title === 'Skill 0')).toBe(false)
  })

  it('answers a job’s own refusal as the same error', async () => {
    await expect(parseOffMain('backup', '{"schemaVersion": 1, "__proto__": {}}')).rejects.toMatchObject({
      code: 'invalid-payload',
      message: expect.stringMatching(/"__proto__" key/) as string,
    })
  })
})
