import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { copyFile, mkdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { DATA_FILE, DataStore } from '../../../../src/main/store/data-store'
import { migrate } from '../../../../src/main/store/migrations'
import { SCHEMA_VERSION } from '../../../../src/shared/model'
import { SKILLS } from '../../../../src/shared/curriculum/skills'
import { LEVELS } from '../../../../src/shared/curriculum/levels'
import { FRAMEWORKS } from '../../../../src/shared/curriculum/frameworks'
import { tempDir } from '../../../support/temp-dir'

// test/fixtures/data-v1.json was written by the version-1 build through its real handlers: every
// status, ticked sub-topics, confidence ratings, two notes, a target date, a ticked and a custom
// goal, framework marks and a weight, two study sessions, an evidence link, two own cards (one
// answered).
const FIXTURE = join(import.meta.dirname, '../../../fixtures/data-v1.json')

let temp: Awaited<ReturnType<typeof tempDir>>
beforeEach(async () => (temp = await tempDir()))
afterEach(() => temp.remove())

const readJson = async (path: string): Promise<Record<string, unknown>> =>
  JSON.parse(await readFile(path, 'utf8')) as Record<string, unknown>

describe('the curriculum migration (version 1 to 2)', () => {
  it('seeds the built-in curriculum with the ids it always had', () => {
    const migrated = migrate({ schemaVersion: 1, skills: {} }) as {
      schemaVersion: number
      curriculum: { skills: Array<{ id: string; subtopics: Array<{ id: string }> }> }
    }
    expect(migrated.schemaVersion).toBe(SCHEMA_VERSION)
    expect(migrated.curriculum.skills.map((s) => s.id)).toEqual(SKILLS.map((s) => s.id))
    expect(migrated.curriculum.skills.flatMap((s) => s.subtopics.map((t) => t.id))).toEqual(
      SKILLS.flatMap((s) => s.subtopics.map((t) => t.id)),
    )
  })

  it('opens a file of the version 1 build with everything the learner recorded intact', async () => {
    const v1 = await readJson(FIXTURE)
    await copyFile(FIXTURE, join(temp.dir, DATA_FILE))
    const { store, notices } = await DataStore.open(temp.dir)
    expect(notices).toEqual([])
    const state = store.state
    for (const key of [
      'skills',
      'notes',
      'settings',
      'frameworks',
      'levels',
      'review',
      'study',
      'evidence',
      'progressLog',
    ]) {
      // Every field the version 1 file held is there unchanged; slices may gain fields with defaults.
      expect(state[key as keyof typeof state], key).toMatchObject(v1[key] as object)
    }
    // Spot checks that the fixture holds what the test claims.
    expect(new Set(Object.values(state.skills).map((p) => p.status))).toEqual(
      new Set(['not-started', 'learning', 'done', 'skipped']),
    )
    expect(state.skills.databases?.subtopics).toEqual({ indexes: true, crud: true })
    expect(
      Object.values(state.notes)
        .map((n) => n.title)
        .sort(),
    ).toEqual(['Closures', 'Index notes'])
    expect(state.levels.entry.targetDate).toBe('2027-03-01')
    expect(state.levels.mid.customGoals[0]?.skillIds).toEqual(['apis', 'databases'])
    expect(state.frameworks.marks).toEqual({ django: 'learning', rails: 'used' })
    expect(state.study.sessions).toHaveLength(2)
    expect(state.evidence.apis).toHaveLength(1)
    expect(Object.keys(state.review.custom)).toHaveLength(2)
    expect(state.review.log).toHaveLength(1)
    // The curriculum is the built-in one, as data.
    expect(state.curriculum.skills.map((s) => s.title)).toEqual(SKILLS.map((s) => s.title))
    expect(state.curriculum.goals.entry.map((g) => g.skillIds)).toEqual(LEVELS[0]!.goals.map((g) => [...g.skillIds]))
    expect(state.curriculum.frameworks.map((f) => f.id)).toEqual(FRAMEWORKS.map((f) => f.id))
    // Every record still points at a skill of the curriculum.
    const ids = new Set(state.curriculum.skills.map((s) => s.id))
    for (const note of Object.values(state.notes)) expect(ids.has(note.skillId)).toBe(true)
    for (const session of state.study.sessions) expect(ids.has(session.skillId)).toBe(true)
    await store.flush()
  })

  it('keeps the version 1 file byte for byte before the first write in the new format', async () => {
    const original = await readFile(FIXTURE)
    await copyFile(FIXTURE, join(temp.dir, DATA_FILE))
    const { store } = await DataStore.open(temp.dir)
    expect(await readFile(join(temp.dir, 'backups', 'groundwork-data-v1.json'))).toEqual(original)
    await store.update((s) => void (s.skills.apis = { status: 'done', confidence: 1, subtopics: {} }))
    await store.flush()
    expect((await readJson(join(temp.dir, DATA_FILE))).schemaVersion).toBe(SCHEMA_VERSION)
    expect(await readFile(join(temp.dir, 'backups', 'groundwork-data-v1.json'))).toEqual(original)
    // Opened again (now the current version), nothing more is copied.
    const again = await DataStore.open(temp.dir)
    await again.store.flush()
    expect(await readFile(join(temp.dir, 'backups', 'groundwork-data-v1.json'))).toEqual(original)
    await expect(readFile(join(temp.dir, 'backups', 'groundwork-data-v1-2.json'))).rejects.toThrow()
  })

  it('never overwrites an earlier pre-upgrade copy', async () => {
    await copyFile(FIXTURE, join(temp.dir, DATA_FILE))
    await mkdir(join(temp.dir, 'backups'))
    await copyFile(FIXTURE, join(temp.dir, 'backups', 'groundwork-data-v1.json'))
    const { store } = await DataStore.open(temp.dir)
    await store.flush()
    expect(await readFile(join(temp.dir, 'backups', 'groundwork-data-v1-2.json'))).toEqual(await readFile(FIXTURE))
  })
})
