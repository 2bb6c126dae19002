import { describe, expect, it } from 'vitest'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { DATA_FILE } from '../../../../src/main/store/data-store'
import { appStateSchema, SCHEMA_VERSION } from '../../../../src/shared/model'
import type { LevelsState } from '../../../../src/shared/schemas/levels'
import type { Result } from '../../../../src/shared/result'
import { withCore } from '../../../support/with-core'

const app = withCore()

async function levels(method: string, payload: unknown): Promise<Result<LevelsState>> {
  return (await app.core.dispatch(`levels:${method}`, payload)) as Result<LevelsState>
}
async function ok(method: string, payload: unknown): Promise<LevelsState> {
  const result = await levels(method, payload)
  if (!result.ok) throw new Error(`${method} failed: ${result.error.message}`)
  return result.value
}
async function onDisk(): Promise<LevelsState> {
  return appStateSchema.parse(JSON.parse(await readFile(join(app.dir, DATA_FILE), 'utf8'))).levels
}

describe('levels handlers', () => {
  it('start from entry level with nothing set on any level', () => {
    const state = app.core.store.state.levels
    expect(state.currentLevel).toBe('entry')
    for (const level of ['entry', 'mid', 'senior'] as const)
      expect(state[level]).toEqual({ targetDate: null, doneGoalIds: [], customGoals: [] })
  })

  it('older data files without a levels slice still load with defaults', () => {
    const parsed = appStateSchema.parse({ schemaVersion: SCHEMA_VERSION, skills: {} })
    expect(parsed.levels.mid.customGoals).toEqual([])
    const again = appStateSchema.parse({ schemaVersion: SCHEMA_VERSION })
    parsed.levels.mid.doneGoalIds.push('mid-caching')
    expect(again.levels.mid.doneGoalIds).toEqual([])
  })

  it('set and clear a target date, durably', async () => {
    expect((await ok('setTargetDate', { level: 'mid', date: '2030-02-28' })).mid.targetDate).toBe('2030-02-28')
    expect((await onDisk()).mid.targetDate).toBe('2030-02-28')
    expect((await ok('setTargetDate', { level: 'mid', date: null })).mid.targetDate).toBeNull()
  })

  it('refuse dates that are not calendar days', async () => {
    for (const date of ['2030-02-30', '2030-13-01', 'tomorrow', '2030-1-1', '']) {
      const result = await levels('setTargetDate', { level: 'entry', date })
      expect(result.ok, date).toBe(false)
    }
    expect(app.core.store.state.levels.entry.targetDate).toBeNull()
  })

  it('tick and untick a built-in goal without duplicates', async () => {
    await ok('setGoalDone', { level: 'entry', goalId: 'entry-git-basics', done: true })
    const twice = await ok('setGoalDone', { level: 'entry', goalId: 'entry-git-basics', done: true })
    expect(twice.entry.doneGoalIds).toEqual(['entry-git-basics'])
    expect(
      (await ok('setGoalDone', { level: 'entry', goalId: 'entry-git-basics', done: false })).entry.doneGoalIds,
    ).toEqual([])
  })

  it('refuse ticking a goal that belongs to another level or does not exist', async () => {
    const wrongLevel = await levels('setGoalDone', { level: 'senior', goalId: 'entry-git-basics', done: true })
    expect(wrongLevel).toMatchObject({ ok: false, error: { code: 'not-found' } })
    expect(app.core.store.state.levels.senior.doneGoalIds).toEqual([])
  })

  it('add a goal of your own with trimmed title and linked skills', async () => {
    const state = await ok('addGoal', {
      level: 'entry',
      title: '  Ship a side project  ',
      skillIds: ['apis', 'apis', 'databases'],
    })
    const [goal] = state.entry.customGoals
    expect(goal?.title).toBe('Ship a side project')
    expect(goal?.skillIds).toEqual(['apis', 'databases'])
    expect(goal?.id).toMatch(/^custom-/)
    expect((await onDisk()).entry.customGoals).toHaveLength(1)
  })

  it('refuse empty, blank, too long titles and unknown skills with readable messages', async () => {
    const blank = await levels('addGoal', { level: 'entry', title: '   ', skillIds: [] })
    expect(blank).toMatchObject({
      ok: false,
      error: { code: 'invalid-payload', message: 'title: Give the goal a title.' },
    })
    const long = await levels('addGoal', { level: 'entry', title: 'x'.repeat(201), skillIds: [] })
    expect(long).toMatchObject({
      ok: false,
      error: { message: 'title: Keep the goal title to 200 characters or fewer.' },
    })
    expect((await levels('addGoal', { level: 'entry', title: 'x'.repeat(200) + '   ', skillIds: [] })).ok).toBe(true)
    const unknown = await levels('addGoal', { level: 'entry', title: 'Fine', skillIds: ['cooking'] })
    expect(unknown).toMatchObject({
      ok: false,
      error: { code: 'not-found', message: 'There is no skill with the id "cooking".' },
    })
    expect(app.core.store.state.levels.entry.customGoals).toHaveLength(1)
  })

  it('edit a goal of your own but not a built-in one', async () => {
    const added = await ok('addGoal', { level: 'mid', title: 'Read a book on databases', skillIds: [] })
    const id = added.mid.customGoals[0]?.id
    const edited = await ok('updateGoal', {
      level: 'mid',
      goalId: id,
      title: 'Read two books',
      skillIds: ['databases'],
    })
    expect(edited.mid.customGoals[0]).toMatchObject({ id, title: 'Read two books', skillIds: ['databases'] })
    const builtIn = await levels('updateGoal', { level: 'mid', goalId: 'mid-caching', title: 'Mine now', skillIds: [] })
    expect(builtIn).toMatchObject({ ok: false, error: { code: 'conflict' } })
  })

  it('move goals up, down and to a position, clamped at the ends', async () => {
    for (const title of ['A', 'B', 'C']) await ok('addGoal', { level: 'senior', title, skillIds: [] })
    const titles = (s: LevelsState): string[] => s.senior.customGoals.map((g) => g.title)
    const idOf = (title: string): string =>
      app.core.store.state.levels.senior.customGoals.find((g) => g.title === title)?.id ?? ''
    expect(titles(await ok('moveGoal', { level: 'senior', goalId: idOf('C'), to: 'up' }))).toEqual(['A', 'C', 'B'])
    expect(titles(await ok('moveGoal', { level: 'senior', goalId: idOf('A'), to: 'up' }))).toEqual(['A', 'C', 'B'])
    expect(titles(await ok('moveGoal', { level: 'senior', goalId: idOf('A'), to: 'down' }))).toEqual(['C', 'A', 'B'])
    expect(titles(await ok('moveGoal', { level: 'senior', goalId: idOf('C'), to: 99 }))).toEqual(['A', 'B', 'C'])
    expect(titles(await ok('moveGoal', { level: 'senior', goalId: idOf('C'), to: 0 }))).toEqual(['C', 'A', 'B'])
    expect((await onDisk()).senior.customGoals.map((g) => g.title)).toEqual(['C', 'A', 'B'])
  })

  it('delete a goal of your own together with its tick', async () => {
    const added = await ok('addGoal', { level: 'entry', title: 'Temporary', skillIds: [] })
    const id = added.entry.customGoals[0]?.id
    await ok('setGoalDone', { level: 'entry', goalId: id, done: true })
    const after = await ok('deleteGoal', { level: 'entry', goalId: id })
    expect(after.entry.customGoals).toEqual([])
    expect(after.entry.doneGoalIds).toEqual([])
    expect(await levels('deleteGoal', { level: 'entry', goalId: 'entry-git-basics' })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    })
  })

  it('remember the current level across a restart', async () => {
    await ok('setCurrentLevel', { level: 'senior' })
    expect((await levels('setCurrentLevel', { level: 'principal' })).ok).toBe(false)
    await app.restart()
    expect(app.core.store.state.levels.currentLevel).toBe('senior')
  })
})
