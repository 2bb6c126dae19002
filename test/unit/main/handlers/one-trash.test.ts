import { afterEach, describe, expect, it } from 'vitest'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Core } from '../../../../src/main/core'
import { DATA_FILE } from '../../../../src/main/store/data-store'
import {
  appStateSchema,
  SCHEMA_VERSION,
  type AppState,
  type CustomCard,
  type EvidenceItem,
  type StudySession,
  type TrashEntry,
  type TrashSummary,
} from '../../../../src/shared/model'
import { TRASH_RULE } from '../../../../src/shared/trash/rule'
import { answerOf } from '../../../support/dispatch-answer'
import { TEST_NOW, testDay } from '../../../support/test-clock'
import { tempDir } from '../../../support/temp-dir'
import { openTestCore } from '../../../support/test-services'
import { withCore } from '../../../support/with-core'

// The one trash through the real router, handlers and data file: what the curriculum editor
// deletes (skills, sub-topics, categories) goes to the same trash as notes and sessions, comes
// back through trash:restore, and the trash's rule (count and age) prunes without ever refusing.

const app = withCore()

async function onDisk(dir: string): Promise<AppState> {
  return appStateSchema.parse(JSON.parse(await readFile(join(dir, DATA_FILE), 'utf8')))
}
const edit = (request: unknown): Promise<unknown> => app.ok('curriculum:edit', request)
const restore = (request: {
  id: string
  skillId?: string
}): Promise<{ id: string; kind: string; skillId: string | null }> => app.ok('trash:restore', request)
const skillIds = (): string[] => app.core.store.state.curriculum.skills.map((s) => s.id)

describe('the one trash, for what the curriculum editor deletes', () => {
  it('puts a deleted skill back in its place, after a restart, with its progress, notes, cards, time and links', async () => {
    await app.ok('skills:setStatus', { skillId: 'dsa', status: 'learning' })
    await app.ok('skills:setSubtopic', {
      skillId: 'dsa',
      subtopicId: app.core.store.state.curriculum.skills.find((s) => s.id === 'dsa')!.subtopics[0]!.id,
      done: true,
    })
    await app.ok('notes:create', { skillId: 'dsa', title: 'Big O', body: 'Hash lookups are O(1) on average.' })
    await app.ok<CustomCard>('review:addCard', {
      skillId: 'dsa',
      front: 'Cost of a hash lookup?',
      back: 'O(1) on average',
    })
    await app.ok<StudySession>('study:log', { skillId: 'dsa', start: `${testDay(-1)}T10:00:00.000Z`, minutes: 25 })
    await app.ok<{ items: EvidenceItem[] }>('evidence:add', {
      skillId: 'dsa',
      url: 'https://example.com/heap',
      title: 'A heap',
      kind: 'repo',
    })
    const before = await onDisk(app.dir)
    const index = skillIds().indexOf('dsa')

    await edit({ op: 'deleteSkill', skillId: 'dsa' })
    expect(skillIds()).not.toContain('dsa')
    expect((await onDisk(app.dir)).trash).toMatchObject([{ kind: 'skill', index, skill: { id: 'dsa' } }])
    expect(await app.ok<TrashSummary[]>('trash:list')).toEqual([
      {
        id: 'dsa',
        kind: 'skill',
        name: before.curriculum.skills[index]!.title,
        skillId: 'dsa',
        deletedAt: expect.any(String) as string,
      },
    ])

    await app.restart()
    expect(await restore({ id: 'dsa' })).toMatchObject({ id: 'dsa', kind: 'skill', skillId: 'dsa' })
    const after = await onDisk(app.dir)
    expect(after.curriculum).toEqual(before.curriculum)
    expect(after.trash).toEqual([])
    for (const key of ['skills', 'notes', 'review', 'study', 'evidence'] as const)
      expect(after[key], key).toEqual(before[key])
  })

  it('puts a deleted sub-topic back in its place with its tick', async () => {
    await app.ok('skills:setSubtopic', { skillId: 'databases', subtopicId: 'indexes', done: true })
    const subtopics = (): string[] =>
      app.core.store.state.curriculum.skills.find((s) => s.id === 'databases')!.subtopics.map((t) => t.id)
    const order = subtopics()
    await edit({ op: 'deleteSubtopic', skillId: 'databases', subtopicId: 'indexes' })
    expect(subtopics()).not.toContain('indexes')
    expect(await restore({ id: 'indexes', skillId: 'databases' })).toMatchObject({
      kind: 'subtopic',
      skillId: 'databases',
    })
    expect(subtopics()).toEqual(order)
    expect((await onDisk(app.dir)).skills.databases?.subtopics.indexes).toBe(true)
  })

  it('puts a deleted category back in its place', async () => {
    await edit({ op: 'addCategory', title: 'Side projects' })
    await edit({ op: 'moveCategory', categoryId: app.core.store.state.curriculum.categories.at(-1)!.id, to: 0 })
    const before = app.core.store.state.curriculum.categories
    await edit({ op: 'deleteCategory', categoryId: before[0]!.id })
    expect(await restore({ id: before[0]!.id })).toMatchObject({ kind: 'category', skillId: null })
    expect((await onDisk(app.dir)).curriculum.categories).toEqual(before)
  })

  it('puts a skill at the end of the list when its place is gone', async () => {
    const last = skillIds().at(-1)!
    await edit({ op: 'deleteSkill', skillId: last })
    await edit({ op: 'deleteSkill', skillId: skillIds()[0] })
    await restore({ id: last })
    expect(skillIds().at(-1)).toBe(last)
  })

  it('refuses, changing nothing, a sub-topic whose skill is in the trash, and what is no longer there', async () => {
    await edit({ op: 'deleteSubtopic', skillId: 'databases', subtopicId: 'indexes' })
    await edit({ op: 'deleteSkill', skillId: 'databases' })
    await app.core.store.flush()
    const file = await readFile(join(app.dir, DATA_FILE), 'utf8')
    expect(await app.core.dispatch('trash:restore', { id: 'indexes', skillId: 'databases' })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    })
    expect(await app.core.dispatch('trash:restore', { id: 'no-such' })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    })
    await app.core.store.flush()
    expect(await readFile(join(app.dir, DATA_FILE), 'utf8')).toBe(file)
    expect(app.core.store.state.trash.map((entry) => entry.kind)).toEqual(['subtopic', 'skill'])
    // Once its skill is back, so can it be.
    await restore({ id: 'databases' })
    await restore({ id: 'indexes', skillId: 'databases' })
    expect(app.core.store.state.trash).toEqual([])
  })
})

// Data files written before the core opens them: a trash at its limit, or with old removals.
const session = (n: number, deletedAt: Date): TrashEntry => ({
  kind: 'session',
  session: {
    id: `s-${n}`,
    skillId: 'apis',
    start: '2026-11-01T10:00:00.000Z',
    end: '2026-11-01T10:05:00.000Z',
    minutes: 5,
    manual: true,
  },
  index: 0,
  deletedAt: deletedAt.toISOString(),
})
const ago = (ms: number): Date => new Date(TEST_NOW.getTime() - ms)
const DAY = 86_400_000

let seeded: { core: Core; dir: string; remove(): Promise<void> } | null = null
afterEach(async () => {
  await seeded?.core.close()
  await seeded?.remove()
  seeded = null
})
async function openWith(trash: TrashEntry[]): Promise<Core> {
  const temp = await tempDir()
  await writeFile(join(temp.dir, DATA_FILE), JSON.stringify({ schemaVersion: SCHEMA_VERSION, trash }))
  const core = await openTestCore(temp.dir)
  seeded = { core, ...temp }
  return core
}

describe('the trash rule', () => {
  it('takes a delete when the trash is at its limit, dropping the oldest for good', async () => {
    const core = await openWith(
      Array.from({ length: TRASH_RULE.entries }, (_, n) => session(n, ago((TRASH_RULE.entries - n) * 1000))),
    )
    expect(await core.dispatch('curriculum:edit', { op: 'deleteSkill', skillId: 'dsa' })).toMatchObject({ ok: true })
    const trash = (await onDisk(seeded!.dir)).trash
    expect(trash).toHaveLength(TRASH_RULE.entries)
    expect(trash[0]).toMatchObject({ kind: 'session', session: { id: 's-1' } })
    expect(trash.at(-1)).toMatchObject({ kind: 'skill', skill: { id: 'dsa' } })
    expect(await core.dispatch('trash:restore', { id: 's-0' })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    })
    expect(await answerOf(core, 'trash:restore', { id: 'dsa' })).toMatchObject({ kind: 'skill' })
  })

  it(`lets removals older than ${TRASH_RULE.days} days go when the next one comes in, and keeps the younger ones`, async () => {
    const core = await openWith([
      session(1, ago((TRASH_RULE.days + 1) * DAY)),
      session(2, ago((TRASH_RULE.days - 1) * DAY)),
    ])
    // Nothing goes before a removal comes in: the oldest can still be brought back until then.
    expect((await answerOf<TrashSummary[]>(core, 'trash:list')).map((line) => line.id)).toEqual(['s-2', 's-1'])
    await answerOf(core, 'curriculum:edit', { op: 'deleteSubtopic', skillId: 'databases', subtopicId: 'indexes' })
    expect((await onDisk(seeded!.dir)).trash.map((entry) => entry.kind)).toEqual(['session', 'subtopic'])
    expect((await answerOf<TrashSummary[]>(core, 'trash:list')).map((line) => line.id)).toEqual(['indexes', 's-2'])
  })

  it('tells apart two removed sub-topics that share an id by the skill they belonged to', async () => {
    const sub = (skillId: string, title: string, at: Date): TrashEntry => ({
      kind: 'subtopic',
      skillId,
      subtopic: { id: 'basics', order: 'Zz', title, resources: [] },
      index: 0,
      deletedAt: at.toISOString(),
    })
    const core = await openWith([sub('apis', 'API basics', ago(2000)), sub('databases', 'Database basics', ago(1000))])
    await answerOf(core, 'trash:restore', { id: 'basics', skillId: 'apis' })
    const first = (skillId: string) => core.store.state.curriculum.skills.find((s) => s.id === skillId)!.subtopics[0]
    expect(first('apis')).toEqual({ id: 'basics', order: 'Zz', title: 'API basics', resources: [] })
    expect(first('databases')?.id).not.toBe('basics')
    expect(core.store.state.trash).toMatchObject([{ kind: 'subtopic', skillId: 'databases' }])
    // Without a skill, the newest removal of the id comes back.
    await answerOf(core, 'trash:restore', { id: 'basics' })
    expect(first('databases')).toEqual({ id: 'basics', order: 'Zz', title: 'Database basics', resources: [] })
  })
})
