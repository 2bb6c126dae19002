import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Core } from '../../../../src/main/core'
import { DATA_FILE } from '../../../../src/main/store/data-store'
import type { Curriculum } from '../../../../src/shared/model'
import { visibleSkills } from '../../../../src/shared/curriculum/access'
import { levelReadiness } from '../../../../src/shared/levels/readiness'
import { tempDir } from '../../../support/temp-dir'
import { openTestCore } from '../../../support/test-services'
import { answerOf } from '../../../support/dispatch-answer'

let temp: Awaited<ReturnType<typeof tempDir>>
let core: Core
beforeEach(async () => {
  temp = await tempDir()
  core = await openTestCore(temp.dir)
})
afterEach(async () => {
  await core.close()
  await temp.remove()
})

const edit = (request: unknown): Promise<Curriculum> => answerOf<Curriculum>(core, 'curriculum:edit', request)

const onDisk = async (): Promise<{ curriculum: Curriculum }> =>
  JSON.parse(await readFile(join(temp.dir, DATA_FILE), 'utf8')) as { curriculum: Curriculum }

describe('curriculum handlers', () => {
  it('changes the curriculum in place, and search and the cached figures follow each edit', async () => {
    const search = async (text: string) =>
      (await answerOf<{ hits: { title: string }[] }>(core, 'search:query', { text, titlesOnly: true })).hits.map(
        (hit) => hit.title,
      )
    expect(await search('Zeppelin')).toEqual([])
    const visible = visibleSkills(core.store.state.curriculum).length
    await edit({ op: 'updateSkill', skillId: 'databases', title: 'Zeppelin storage' })
    expect(await search('Zeppelin')).toContain('Zeppelin storage')
    await edit({ op: 'hideSkill', skillId: 'databases', hidden: true })
    expect(visibleSkills(core.store.state.curriculum)).toHaveLength(visible - 1)
    await edit({
      op: 'renameSubtopic',
      skillId: 'apis',
      subtopicId: core.store.state.curriculum.skills.find((s) => s.id === 'apis')!.subtopics[0]!.id,
      title: 'Quokka endpoints',
    })
    expect(await search('Quokka')).toContain('Quokka endpoints')
  })

  it('adds a skill with sub-topics under ids made by main, and it survives a restart', async () => {
    const c = await edit({
      op: 'addSkill',
      categoryId: 'technical',
      title: 'Kubernetes',
      summary: 'Run containers at scale.',
      subtopics: ['Pods', 'Services'],
    })
    const skill = c.skills.at(-1)!
    expect(skill).toMatchObject({ title: 'Kubernetes', category: 'technical', hidden: false })
    expect(skill.id).toMatch(/^sk-/)
    expect(skill.subtopics.map((s) => s.title)).toEqual(['Pods', 'Services'])
    expect((await onDisk()).curriculum.skills.at(-1)).toEqual(skill)
    await core.close()
    core = await openTestCore(temp.dir)
    expect(core.store.state.curriculum.skills.at(-1)).toEqual(skill)
  })

  it('renames a skill without touching its id, progress or notes', async () => {
    await core.dispatch('skills:setStatus', { skillId: 'apis', status: 'learning' })
    await core.dispatch('notes:create', { skillId: 'apis', title: 'REST', body: 'Resources and verbs.' })
    const c = await edit({ op: 'updateSkill', skillId: 'apis', title: 'Web APIs', summary: 'My words.' })
    expect(c.skills.find((s) => s.id === 'apis')).toMatchObject({ title: 'Web APIs', summary: 'My words.' })
    expect(core.store.state.skills.apis?.status).toBe('learning')
    expect(Object.values(core.store.state.notes).map((n) => [n.skillId, n.body])).toEqual([
      ['apis', 'Resources and verbs.'],
    ])
  })

  it('hides a skill out of the figures and brings it back with everything', async () => {
    await core.dispatch('skills:setStatus', { skillId: 'languages', status: 'done' })
    const before = levelReadiness(
      core.store.state.curriculum,
      'entry',
      core.store.state.levels,
      core.store.state.skills,
    )
    const hidden = await edit({ op: 'hideSkill', skillId: 'languages', hidden: true })
    expect(visibleSkills(hidden).some((s) => s.id === 'languages')).toBe(false)
    expect(levelReadiness(hidden, 'entry', core.store.state.levels, core.store.state.skills).fraction).toBeLessThan(
      before.fraction,
    )
    const shown = await edit({ op: 'hideSkill', skillId: 'languages', hidden: false })
    expect(levelReadiness(shown, 'entry', core.store.state.levels, core.store.state.skills).fraction).toBeCloseTo(
      before.fraction,
    )
    expect(core.store.state.skills.languages?.status).toBe('done')
  })

  it('moves a skill by keyboard steps and by a drop position, among its category only', async () => {
    const technical = (c: Curriculum) => c.skills.filter((s) => s.category === 'technical').map((s) => s.id)
    const first = technical(core.store.state.curriculum)
    const down = await edit({ op: 'moveSkill', skillId: first[0], to: 'down' })
    expect(technical(down).slice(0, 2)).toEqual([first[1], first[0]])
    const dropped = await edit({ op: 'moveSkill', skillId: first[0], to: 5 })
    expect(technical(dropped).indexOf(first[0]!)).toBe(5)
    expect(dropped.skills.filter((s) => s.category === 'soft')).toEqual(
      core.store.state.curriculum.skills.filter((s) => s.category === 'soft'),
    )
  })

  it('deletes a skill to the trash and restores it in its place', async () => {
    const index = core.store.state.curriculum.skills.findIndex((s) => s.id === 'dsa')
    const deleted = await edit({ op: 'deleteSkill', skillId: 'dsa' })
    expect(deleted.skills.some((s) => s.id === 'dsa')).toBe(false)
    expect(core.store.state.trash).toMatchObject([{ kind: 'skill', skill: { id: 'dsa' }, index }])
    expect(await core.dispatch('notes:create', { skillId: 'dsa', title: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    })
    const restored = await core.dispatch('trash:restore', { id: 'dsa' })
    expect(restored).toMatchObject({ ok: true })
    expect(core.store.state.curriculum.skills[index]?.id).toBe('dsa')
    expect(core.store.state.trash).toEqual([])
  })

  it('adds, renames, moves and deletes sub-topics, keeping the ticks of the others', async () => {
    await core.dispatch('skills:setSubtopic', { skillId: 'databases', subtopicId: 'indexes', done: true })
    let c = await edit({ op: 'addSubtopic', skillId: 'databases', title: 'Replication' })
    const added = c.skills.find((s) => s.id === 'databases')!.subtopics.at(-1)!
    await edit({ op: 'renameSubtopic', skillId: 'databases', subtopicId: added.id, title: 'Replication and failover' })
    c = await edit({ op: 'moveSubtopic', skillId: 'databases', subtopicId: added.id, to: 0 })
    expect(c.skills.find((s) => s.id === 'databases')!.subtopics[0]).toEqual({
      id: added.id,
      order: expect.any(String) as string,
      title: 'Replication and failover',
      resources: [],
    })
    await edit({ op: 'deleteSubtopic', skillId: 'databases', subtopicId: 'indexes' })
    expect(core.store.state.trash).toMatchObject([
      { kind: 'subtopic', skillId: 'databases', subtopic: { id: 'indexes' } },
    ])
    // The tick stays on record, so a restore brings it back as it was.
    expect(core.store.state.skills.databases?.subtopics.indexes).toBe(true)
  })

  it('adds categories, refuses to delete one that holds skills, and links a built-in goal to any skill', async () => {
    const c = await edit({ op: 'addCategory', title: 'Infrastructure' })
    const category = c.categories.at(-1)!
    expect(await core.dispatch('curriculum:edit', { op: 'deleteCategory', categoryId: 'technical' })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    })
    const skill = (await edit({ op: 'addSkill', categoryId: category.id, title: 'Terraform' })).skills.at(-1)!
    const linked = await edit({
      op: 'linkGoal',
      level: 'entry',
      goalId: 'entry-one-language',
      skillIds: ['languages', skill.id],
    })
    expect(linked.goals.entry.find((g) => g.id === 'entry-one-language')?.skillIds).toEqual(['languages', skill.id])
    expect(
      await core.dispatch('curriculum:edit', {
        op: 'linkGoal',
        level: 'entry',
        goalId: 'entry-one-language',
        skillIds: ['no-such'],
      }),
    ).toMatchObject({ ok: false, error: { code: 'not-found' } })
  })

  it('adds a framework row with its own facts and ratings', async () => {
    const ratings = {
      learningCurve: { score: 4, reason: 'Small.' },
      performance: { score: 5, reason: 'Fast.' },
      batteriesIncluded: { score: 2, reason: 'Bare.' },
      community: { score: 3, reason: 'Growing.' },
      jobMarket: { score: 2, reason: 'Few.' },
    }
    const c = await edit({
      op: 'addFramework',
      name: 'Gin',
      language: 'Go',
      firstRelease: 2014,
      license: 'MIT',
      ratings,
    })
    expect(c.frameworks.at(-1)).toMatchObject({
      name: 'Gin',
      kind: 'framework',
      ratings: { performance: { score: 5 } },
    })
  })

  it('refuses bad edits with a clear message and changes nothing', async () => {
    const before = JSON.stringify(core.store.state.curriculum)
    const bad = [
      { op: 'addSkill', categoryId: 'technical', title: '' },
      { op: 'addSkill', categoryId: 'technical', title: 'x'.repeat(121) },
      { op: 'addSkill', categoryId: 'technical', title: 'Ok', subtopics: Array.from({ length: 201 }, () => 's') },
      { op: 'addSkill', categoryId: '__proto__', title: 'Ok' },
      { op: 'updateSkill', skillId: 'constructor', title: 'Ok' },
      { op: 'addSkill', categoryId: 'no-such', title: 'Ok' },
      { op: 'drop-everything' },
    ]
    for (const request of bad)
      expect((await core.dispatch('curriculum:edit', request as never)).ok, JSON.stringify(request).slice(0, 80)).toBe(
        false,
      )
    expect(JSON.stringify(core.store.state.curriculum)).toBe(before)
  })
})
