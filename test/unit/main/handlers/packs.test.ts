import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { open, readFile, writeFile } from 'node:fs/promises'
import * as fsPromises from 'node:fs/promises'
import { join } from 'node:path'
import { createCore, type Core } from '../../../../src/main/core'
import type { Result } from '../../../../src/shared/result'
import type { PackPreview } from '../../../../src/shared/contract/packs'
import type { StateView } from '../../../../src/shared/contract'
import type { ShippedPack } from '../../../../src/shared/curriculum/packs/shipped-pack'
import { answerOf } from '../../../support/dispatch-answer'
import { tempDir } from '../../../support/temp-dir'
import { testServices } from '../../../support/test-services'
import { testClock } from '../../../support/test-clock'
import { smallPack } from '../../shared/packs/pack-fixture'

// Spy on reads, to show a huge file is refused by its size before anything is read.
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>()
  return { ...actual, readFile: vi.fn(actual.readFile) }
})

// The shipped packs are another piece of work's data: these tests bring their own.
const SHIPPED: ShippedPack = {
  id: 'go-track',
  title: 'A Go track',
  description: 'Go from the ground up.',
  packVersion: 1,
  categories: [{ id: 'go', title: 'Go' }],
  skills: [
    {
      id: 'go-basics',
      title: 'Go basics',
      category: 'go',
      summary: 'Syntax and tools.',
      subtopics: [{ id: 'slices', title: 'Slices', resources: [{ title: 'Tour', url: 'https://go.dev/tour' }] }],
    },
  ],
}
const shipped = vi.hoisted(() => ({ packs: [] as ShippedPack[] }))
vi.mock('../../../../src/shared/curriculum/packs', () => ({
  get SHIPPED_PACKS() {
    return shipped.packs
  },
}))

let temp: Awaited<ReturnType<typeof tempDir>>
let core: Core
let answers: string[]

const start = async (): Promise<Core> =>
  createCore({
    dataDir: temp.dir,
    services: testServices(temp.dir, answers),
    log: () => undefined,
    checkResponses: true,
    clock: testClock(),
  })
beforeEach(async () => {
  temp = await tempDir()
  answers = []
  shipped.packs = [SHIPPED]
  core = await start()
})
afterEach(async () => {
  await core.close()
  await temp.remove()
})

const ok = <T>(wire: string, payload?: unknown): Promise<T> => answerOf<T>(core, wire, payload)

/** Writes `content` to a file and answers the next open dialog with it; answers the import preview or the refusal. */
async function choose(name: string, content: string | Buffer): Promise<Result<PackPreview>> {
  const path = join(temp.dir, name)
  await writeFile(path, content)
  answers.push(path)
  return (await core.dispatch('packs:chooseImport', undefined)) as Result<PackPreview>
}

const OUTLINE_V1 =
  '# DevOps\n\n## Docker\n\nContainers for everything.\n\n- [ ] Images and layers\n  - [Docker docs](https://docs.docker.com/)\n- [ ] Compose files\n\n## CI\n\n- [ ] Pipelines\n'
const OUTLINE_V2 =
  '# DevOps\n\n## docker\n\n- [x] Images and layers\n- [ ] compose files\n- [ ] Volumes\n\n## CI\n\n- [ ] Pipelines\n\n## Kubernetes\n\n- [ ] Pods\n'

describe('curriculum pack import', () => {
  it('previews an outline, imports it in one write, and updates it in place from its next version, across a restart', async () => {
    const v1 = await choose('devops.md', OUTLINE_V1)
    if (!v1.ok) throw new Error(v1.error.message)
    expect(v1.value.source).toEqual({ kind: 'outline', name: 'devops.md' })
    expect(v1.value.summary.skills.added).toEqual({ count: 2, names: ['Docker', 'CI'] })
    expect(v1.value.summary.subtopics.added.count).toBe(3)
    const writes = core.store.writeCount
    const { state } = await ok<{ state: StateView }>('imports:confirm', { token: v1.value.token })
    expect(core.store.writeCount).toBe(writes + 1)
    const docker = state.curriculum.skills.find((s) => s.title === 'Docker')!
    expect(docker.summary).toBe('Containers for everything.')
    expect(docker.subtopics[0]?.resources).toEqual([{ title: 'Docker docs', url: 'https://docs.docker.com/' }])

    // The learner writes a note and ticks a box on the imported skill.
    const note = await ok<{ id: string }>('notes:create', {
      skillId: docker.id,
      title: 'Layers',
      body: 'Cache order matters.',
    })
    await ok('skills:setSubtopic', { skillId: docker.id, subtopicId: docker.subtopics[1]!.id, done: true })

    const v2 = await choose('devops.md', OUTLINE_V2)
    if (!v2.ok) throw new Error(v2.error.message)
    const s = v2.value.summary
    expect(s.skills.renamed.names).toEqual(['Docker → docker'])
    expect(s.skills.added.names).toEqual(['Kubernetes'])
    expect(s.skills.kept.names).toEqual(['CI'])
    expect(s.subtopics.added.names).toEqual(['docker: Volumes', 'Kubernetes: Pods'])
    expect(s.subtopics.renamed.names).toEqual(['docker: Compose files → compose files'])
    expect(s.ticked).toBe(1)
    await ok('imports:confirm', { token: v2.value.token })

    await core.close()
    core = await start()
    const after = (await ok<{ state: StateView }>('app:getState')).state
    const titles = after.curriculum.skills.map((x) => x.title.toLowerCase())
    expect(titles.filter((t) => t === 'docker')).toHaveLength(1)
    expect(titles.filter((t) => t === 'ci')).toHaveLength(1)
    const kept = after.curriculum.skills.find((x) => x.id === docker.id)!
    expect(kept.subtopics.map((t) => t.title)).toEqual(['Images and layers', 'compose files', 'Volumes'])
    // Links the new version does not list are kept; both ticks are there; the note is still the skill's.
    expect(kept.subtopics[0]?.resources).toHaveLength(1)
    expect(after.skills[docker.id]?.subtopics).toEqual({
      [docker.subtopics[0]!.id]: true,
      [docker.subtopics[1]!.id]: true,
    })
    const notes = await ok<{ notes: { id: string }[] }>('notes:list', { skillId: docker.id })
    expect(notes.notes.map((n) => n.id)).toEqual([note.id])
  })

  it('adds a shipped pack through the same checks, and adding it again or its newer release updates it in place', async () => {
    const listed = await ok<{ packs: { id: string; skills: number }[] }>('packs:shipped')
    expect(listed.packs).toEqual([
      {
        id: 'go-track',
        title: 'A Go track',
        description: 'Go from the ground up.',
        packVersion: 1,
        skills: 1,
        subtopics: 1,
      },
    ])
    const first = await ok<PackPreview>('packs:previewShipped', { packId: 'go-track' })
    await ok('imports:confirm', { token: first.token })
    const again = await ok<PackPreview>('packs:previewShipped', { packId: 'go-track' })
    expect(again.summary.skills.kept.names).toEqual(['Go basics'])
    await ok('imports:confirm', { token: again.token })
    shipped.packs = [{ ...SHIPPED, packVersion: 2, skills: [{ ...SHIPPED.skills[0]!, title: 'Go fundamentals' }] }]
    const newer = await ok<PackPreview>('packs:previewShipped', { packId: 'go-track' })
    expect(newer.summary.pack).toEqual({ id: 'go-track', title: 'A Go track', packVersion: 2, addedVersion: 1 })
    const { state } = await ok<{ state: StateView }>('imports:confirm', { token: newer.token })
    expect(state.curriculum.skills.filter((s) => s.id === 'go-basics').map((s) => s.title)).toEqual(['Go fundamentals'])
    expect(state.curriculum.packs).toEqual([{ id: 'go-track', title: 'A Go track', packVersion: 2 }])
    const unknown = await core.dispatch('packs:previewShipped', { packId: 'nope' })
    expect(unknown.ok).toBe(false)
  })

  it('answers cancelled when the open dialog is closed', async () => {
    expect(await ok('packs:chooseImport')).toEqual({ cancelled: true })
  })

  it('refuses bad files with a clear message and changes nothing', async () => {
    const before = await readFile(core.store.path, 'utf8').catch(() => '')
    const cases: [string, string | Buffer, RegExp][] = [
      ['broken.json', '{"format": ', /not valid JSON/],
      ['shape.json', JSON.stringify({ ...smallPack(), categories: [] }), /at least one category/],
      [
        'newer.json',
        JSON.stringify({ ...smallPack(), formatVersion: 7 }),
        /format version 7, made for a newer Groundwork/,
      ],
      [
        'dupes.json',
        JSON.stringify({ ...smallPack(), skills: [smallPack().skills[0], smallPack().skills[0]] }),
        /Two skills have the id "docker"/,
      ],
      [
        'proto.json',
        JSON.stringify(smallPack()).replace('"packVersion":1', '"packVersion":1,"__proto__":{"x":1}'),
        /"__proto__" key/,
      ],
      [
        'many.json',
        JSON.stringify({
          ...smallPack(),
          skills: Array.from({ length: 10_000 }, (_, i) => ({ id: `s${i}`, title: `S${i}`, category: 'devops' })),
        }),
        /10000 skills/,
      ],
      ['image.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0xff, 0xd8]), /binary data/],
      ['prose.md', 'Just some prose, no headings or lists.\n', /no skills to import/],
      ['empty.md', '   \n', /empty/],
    ]
    for (const [name, content, message] of cases) {
      const answer = await choose(name, content)
      expect(answer.ok, name).toBe(false)
      if (!answer.ok) expect(answer.error.message, name).toMatch(message)
      if (!answer.ok) expect(answer.error.message, name).toMatch(/Nothing was changed/)
    }
    expect(await readFile(core.store.path, 'utf8').catch(() => '')).toBe(before)
  })

  it('refuses a 50 MB file by its size, before reading a byte of it', async () => {
    const path = join(temp.dir, 'huge.json')
    const handle = await open(path, 'w')
    await handle.truncate(50 * 1024 * 1024)
    await handle.close()
    vi.mocked(fsPromises.readFile).mockClear()
    answers.push(path)
    const answer = await core.dispatch('packs:chooseImport', undefined)
    expect(answer).toEqual({
      ok: false,
      error: {
        code: 'too-large',
        message: expect.stringMatching(/50 MB; a curriculum pack or outline can be at most 5 MB/) as string,
      },
    })
    expect(vi.mocked(fsPromises.readFile).mock.calls.some(([file]) => file === path)).toBe(false)
  })

  it('exports chosen skills as a pack and the whole curriculum as an outline that import back unchanged', async () => {
    await ok('skills:setSubtopic', { skillId: 'apis', subtopicId: 'json', done: true })
    const pack = await ok<{ path: string }>('packs:exportFile', {
      format: 'json',
      skillIds: ['apis'],
      title: 'My <APIs> & more',
      packVersion: 3,
    })
    expect(pack.path).toBe(join(temp.dir, 'exports', 'my-apis-more.json'))
    const written = JSON.parse(await readFile(pack.path, 'utf8')) as {
      id: string
      title: string
      packVersion: number
      skills: { id: string }[]
      categories: { id: string }[]
    }
    expect([written.id, written.title, written.packVersion]).toEqual(['my-apis-more', 'My <APIs> & more', 3])
    expect(written.skills.map((s) => s.id)).toEqual(['apis'])
    expect(written.categories.map((c) => c.id)).toEqual(['technical'])

    const outline = await ok<{ path: string }>('packs:exportFile', { format: 'markdown' })
    const text = await readFile(outline.path, 'utf8')
    expect(text).toContain('- [x] JSON payloads {#json}')
    const before = (await ok<{ state: StateView }>('app:getState')).state
    const back = await choose('back.md', text)
    if (!back.ok) throw new Error(back.error.message)
    expect(
      back.value.summary.skills.added.count +
        back.value.summary.skills.renamed.count +
        back.value.summary.subtopics.added.count +
        back.value.summary.ticked,
    ).toBe(0)
    const { state } = await ok<{ state: StateView }>('imports:confirm', { token: back.value.token })
    expect(state.curriculum).toEqual(before.curriculum)
  })
})
