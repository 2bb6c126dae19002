import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { copyFile, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { DATA_FILE, DataStore } from '../../../../src/main/store/data-store'
import { migrate } from '../../../../src/main/store/migrations'
import { SCHEMA_VERSION } from '../../../../src/shared/model'
import { answerOf } from '../../../support/dispatch-answer'
import { tempDir } from '../../../support/temp-dir'
import { openTestCore } from '../../../support/test-services'

// test/fixtures/data-v3.json was written by the version-3 build through its real handlers: the
// skill Data structures and algorithms set to done, with a note; Databases learning; a note deleted
// to the app's trash; then, in the curriculum editor, the sub-topic crud of Databases, the skill
// dsa, a category of the learner's own and the Django row deleted to the curriculum's trash.
const FIXTURE = join(import.meta.dirname, '../../../fixtures/data-v3.json')

let temp: Awaited<ReturnType<typeof tempDir>>
beforeEach(async () => (temp = await tempDir()))
afterEach(() => temp.remove())

type Json = Record<string, unknown>
/** `value` with every `order` field taken out (the keys the version 5 step adds). */
const unkeyed = (value: unknown): unknown =>
  JSON.parse(JSON.stringify(value, (key, v: unknown) => (key === 'order' ? undefined : v))) as unknown
const readJson = async (path: string): Promise<Json> => JSON.parse(await readFile(path, 'utf8')) as Json

describe('the one-trash migration (version 3 to 4)', () => {
  it('moves the curriculum trash into the app trash, without its own ids, in the order things were deleted', async () => {
    const v3 = await readJson(FIXTURE)
    const curriculumTrash = (v3.curriculum as { trash: Json[] }).trash
    expect(curriculumTrash.map((entry) => entry.kind)).toEqual(['subtopic', 'skill', 'category', 'framework'])
    const migrated = migrate(structuredClone(v3)) as { schemaVersion: number; trash: Json[]; curriculum: Json }
    expect(migrated.schemaVersion).toBe(SCHEMA_VERSION)
    expect(migrated.curriculum).not.toHaveProperty('trash')
    expect(migrated.trash.map((entry) => entry.kind)).toEqual(['note', 'subtopic', 'skill', 'category', 'framework'])
    expect(migrated.trash[0]).toEqual((v3.trash as Json[])[0])
    // The step after this one (version 5) adds order keys; apart from them the entries are as they were.
    expect(unkeyed(migrated.trash.slice(1))).toEqual(curriculumTrash.map(({ id: _id, ...entry }) => entry))
    // Everything else is as it was.
    const { curriculum: _c, trash: _t, schemaVersion: _v, ...rest } = unkeyed(migrated) as typeof migrated
    const { curriculum: _c3, trash: _t3, schemaVersion: _v3, ...rest3 } = v3
    expect(rest).toEqual(rest3)
  })

  it('opens a version-3 file, keeps it whole in backups, and every moved entry comes back through trash:restore', async () => {
    const oldText = await readFile(FIXTURE, 'utf8')
    const v3 = JSON.parse(oldText) as {
      skills: Json
      trash: Array<{ note: { id: string } }>
      curriculum: { trash: Array<{ kind: string; index: number; category?: { id: string; title: string } }> }
    }
    await copyFile(FIXTURE, join(temp.dir, DATA_FILE))
    const { store, notices } = await DataStore.open(temp.dir)
    expect(notices).toEqual([])
    expect(store.state.trash).toHaveLength(5)
    expect(await readFile(join(temp.dir, 'backups', 'groundwork-data-v3.json'), 'utf8')).toBe(oldText)
    await store.flush()

    const core = await openTestCore(temp.dir)
    try {
      const skill = v3.curriculum.trash.find((entry) => entry.kind === 'skill')!
      expect(await answerOf(core, 'trash:restore', { id: 'dsa' })).toMatchObject({ kind: 'skill', skillId: 'dsa' })
      expect(core.store.state.curriculum.skills[skill.index]?.id).toBe('dsa')
      // Its progress and its note never left.
      expect(core.store.state.skills.dsa).toEqual(v3.skills.dsa)
      expect(Object.values(core.store.state.notes).map((note) => note.title)).toEqual(['Big O'])

      await answerOf(core, 'trash:restore', { id: 'crud', skillId: 'databases' })
      const sub = v3.curriculum.trash.find((entry) => entry.kind === 'subtopic')!
      expect(core.store.state.curriculum.skills.find((s) => s.id === 'databases')!.subtopics[sub.index]?.id).toBe(
        'crud',
      )

      const category = v3.curriculum.trash.find((entry) => entry.kind === 'category')!.category!
      await answerOf(core, 'trash:restore', { id: category.id })
      expect(core.store.state.curriculum.categories.at(-1)).toEqual({
        ...category,
        order: expect.any(String) as string,
      })

      await answerOf(core, 'trash:restore', { id: 'django' })
      expect(core.store.state.curriculum.frameworks.some((row) => row.id === 'django')).toBe(true)

      expect(await answerOf(core, 'trash:restore', { id: v3.trash[0]!.note.id })).toMatchObject({
        kind: 'note',
        skillId: 'apis',
      })
      expect(core.store.state.trash).toEqual([])
    } finally {
      await core.close()
    }
  })
})
