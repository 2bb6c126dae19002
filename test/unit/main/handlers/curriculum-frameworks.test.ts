import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Core } from '../../../../src/main/core'
import { DATA_FILE } from '../../../../src/main/store/data-store'
import type { Curriculum, FrameworksState } from '../../../../src/shared/model'
import { livePicks } from '../../../../src/shared/frameworks/picks'
import { frameworkMarks } from '../../../../src/shared/frameworks/marks'
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

const call = <T>(channel: string, request: unknown): Promise<T> => answerOf<T>(core, channel, request)
const edit = (request: unknown) => call<Curriculum>('curriculum:edit', request)
const onDisk = async (): Promise<{ curriculum: Curriculum; frameworks: FrameworksState }> =>
  JSON.parse(await readFile(join(temp.dir, DATA_FILE), 'utf8')) as {
    curriculum: Curriculum
    frameworks: FrameworksState
  }
const row = (c: Curriculum, id: string) => c.frameworks.find((f) => f.id === id)

describe('framework rows of the curriculum', () => {
  it('change any fact and any rating of a row, keep its id and the other ratings, and keep it on disk', async () => {
    const before = row(core.store.state.curriculum, 'flask')!
    const c = await edit({
      op: 'updateFramework',
      frameworkId: 'flask',
      name: 'Flask 3',
      license: 'BSD-3',
      style: 'Micro',
      uses: 'Small APIs',
      ratings: { performance: { score: 4, reason: 'My benchmark.' } },
    })
    const after = row(c, 'flask')!
    expect(after).toMatchObject({
      id: 'flask',
      name: 'Flask 3',
      license: 'BSD-3',
      style: 'Micro',
      uses: 'Small APIs',
      language: before.language,
      firstRelease: before.firstRelease,
    })
    if (after.kind !== 'framework' || before.kind !== 'framework') throw new Error('Flask is a framework row')
    expect(after.ratings.performance).toEqual({ score: 4, reason: 'My benchmark.' })
    expect(after.ratings.community).toEqual(before.ratings.community)
    expect(c.frameworks.map((f) => f.id)).toEqual(core.store.state.curriculum.frameworks.map((f) => f.id))
    expect(row((await onDisk()).curriculum, 'flask')).toEqual(after)
  })

  it('refuse a bad change with a clear message and change nothing', async () => {
    const before = JSON.stringify(core.store.state.curriculum)
    const refused = async (request: unknown) => {
      const result = await core.dispatch('curriculum:edit', request)
      return result.ok ? null : result.error.message
    }
    expect(await refused({ op: 'updateFramework', frameworkId: 'flask', name: '  ' })).toContain(
      'Give the framework a name.',
    )
    expect(await refused({ op: 'updateFramework', frameworkId: 'flask', firstRelease: 1900 })).toContain(
      'Give a year from 1950 on.',
    )
    expect(
      await refused({
        op: 'updateFramework',
        frameworkId: 'flask',
        ratings: { performance: { score: 6, reason: '' } },
      }),
    ).toContain('Ratings are 1 to 5.')
    expect(await refused({ op: 'updateFramework', frameworkId: 'no-such', name: 'X' })).toContain(
      'There is no framework with the id "no-such"',
    )
    expect(
      await refused({
        op: 'updateFramework',
        frameworkId: 'nodejs',
        ratings: { performance: { score: 3, reason: '' } },
      }),
    ).toContain('runtimes are not rated')
    expect(await refused({ op: 'removeFramework', frameworkId: '__proto__' })).not.toBeNull()
    expect(await refused({ op: 'removeFramework', frameworkId: 'no-such' })).toContain('There is no framework')
    expect(JSON.stringify(core.store.state.curriculum)).toBe(before)
  })

  it('change the facts of a runtime row, which stays unrated', async () => {
    const c = await edit({ op: 'updateFramework', frameworkId: 'nodejs', language: 'JavaScript and TypeScript' })
    expect(row(c, 'nodejs')).toMatchObject({ kind: 'runtime', language: 'JavaScript and TypeScript' })
    expect(row(c, 'nodejs')).not.toHaveProperty('ratings')
  })

  it('remove a row to the trash, keeping its mark and compare pick on record but out of sight, and restore it where it stood with both', async () => {
    await call('frameworks:setMark', { frameworkId: 'django', mark: 'learning' })
    await call('frameworks:setCompare', { ids: ['rails', 'django', 'flask'] })
    const index = core.store.state.curriculum.frameworks.findIndex((f) => f.id === 'django')
    const removed = await edit({ op: 'removeFramework', frameworkId: 'django' })
    expect(row(removed, 'django')).toBeUndefined()
    expect(core.store.state.trash).toMatchObject([
      { kind: 'framework', index, framework: { id: 'django', name: 'Django' } },
    ])
    const prefs = core.store.state.frameworks
    expect(prefs.marks.django).toBe('learning')
    expect(prefs.compare).toEqual(['rails', 'django', 'flask'])
    expect(livePicks(removed, prefs.compare)).toEqual(['rails', 'flask'])
    expect(frameworkMarks({ curriculum: removed, frameworks: prefs }).map((m) => m.id)).toEqual([])
    // Taking another row out of the comparison sends the stored picks back, the removed one with them.
    await call('frameworks:setCompare', { ids: ['django', 'flask'] })
    // A mark cannot be set on a row that is not in the table.
    expect(await core.dispatch('frameworks:setMark', { frameworkId: 'django', mark: 'used' })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    })

    await core.close()
    core = await openTestCore(temp.dir)
    expect(await call('trash:restore', { id: 'django' })).toMatchObject({
      id: 'django',
      kind: 'framework',
      skillId: null,
    })
    const restored = core.store.state.curriculum
    expect(restored.frameworks[index]?.id).toBe('django')
    expect(core.store.state.trash).toEqual([])
    expect(livePicks(restored, core.store.state.frameworks.compare)).toEqual(['django', 'flask'])
    expect(frameworkMarks({ curriculum: restored, frameworks: core.store.state.frameworks })).toEqual([
      { id: 'django', name: 'Django', mark: 'learning' },
    ])
  })

  it('refuse compare picks that name neither a row nor a removed row', async () => {
    expect(await core.dispatch('frameworks:setCompare', { ids: ['rails', 'never-was'] })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    })
  })
})
