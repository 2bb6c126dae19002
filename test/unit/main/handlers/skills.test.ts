import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Core } from '../../../../src/main/core'
import { tempDir } from '../../../support/temp-dir'
import { openTestCore } from '../../../support/test-services'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { DATA_FILE } from '../../../../src/main/store/data-store'
import { recordProgress } from '../../../../src/main/progress-log'
import { freshState } from '../../../../src/shared/model'
import { SKILLS } from '../../../../src/shared/curriculum/skills'
import { dayOf, systemTimeZone } from '../../../../src/shared/calendar/days'
import { TEST_NOW } from '../../../support/test-clock'

let temp: Awaited<ReturnType<typeof tempDir>>
let core: Core

const open = (): Promise<Core> => openTestCore(temp.dir)

beforeEach(async () => {
  temp = await tempDir()
  core = await open()
})
afterEach(async () => {
  await core.close()
  await temp.remove()
})

describe('skills handlers', () => {
  it('sets and clears a confidence rating', async () => {
    expect(await core.dispatch('skills:setConfidence', { skillId: 'apis', confidence: 4 })).toMatchObject({
      ok: true,
      value: { skillId: 'apis', progress: { confidence: 4 } },
    })
    await core.dispatch('skills:setConfidence', { skillId: 'apis', confidence: 0 })
    expect(core.store.state.skills.apis?.confidence).toBe(0)
  })

  it('refuses a confidence outside 0 to 5', async () => {
    expect(await core.dispatch('skills:setConfidence', { skillId: 'apis', confidence: 6 })).toMatchObject({
      ok: false,
      error: { code: 'invalid-payload' },
    })
    expect(core.store.state.skills.apis).toBeUndefined()
  })

  it('ticks and unticks a sub-topic durably, moving a new skill to learning', async () => {
    const ticked = await core.dispatch('skills:setSubtopic', { skillId: 'databases', subtopicId: 'crud', done: true })
    expect(ticked).toMatchObject({ ok: true, value: { progress: { status: 'learning', subtopics: { crud: true } } } })
    await core.close()
    core = await open()
    expect(core.store.state.skills.databases?.subtopics).toEqual({ crud: true })
    await core.dispatch('skills:setSubtopic', { skillId: 'databases', subtopicId: 'crud', done: false })
    expect(core.store.state.skills.databases?.subtopics).toEqual({})
    expect(core.store.state.skills.databases?.status).toBe('learning')
  })

  it('leaves a done status alone when a sub-topic is ticked', async () => {
    await core.dispatch('skills:setStatus', { skillId: 'apis', status: 'done' })
    await core.dispatch('skills:setSubtopic', { skillId: 'apis', subtopicId: 'json', done: true })
    expect(core.store.state.skills.apis?.status).toBe('done')
  })

  it('rejects unknown skills and sub-topics with not-found', async () => {
    expect(await core.dispatch('skills:setConfidence', { skillId: 'knitting', confidence: 2 })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    })
    expect(
      await core.dispatch('skills:setSubtopic', { skillId: 'apis', subtopicId: 'crud', done: true }),
    ).toMatchObject({
      ok: false,
      error: { code: 'not-found', message: '"APIs" has no sub-topic with the id "crud".' },
    })
    expect(core.store.state.skills).toEqual({})
  })
})

describe('progress history', () => {
  // The core's clock starts at TEST_NOW; no test here runs long enough to reach the next day.
  const today = (): string => dayOf(TEST_NOW, systemTimeZone())
  const technicalCount = SKILLS.filter((s) => s.category === 'technical').length

  it("writes today's snapshot with a status change, in the same durable write", async () => {
    await core.dispatch('skills:setStatus', { skillId: 'apis', status: 'done' })
    const technical = Math.round((1 / technicalCount) * 10_000) / 10_000
    // Every category under categories, the built-in two also where earlier releases read them.
    const expected = { day: today(), technical, soft: 0, categories: { technical, soft: 0 } }
    expect(core.store.state.progressLog).toEqual([expected])
    const onDisk = JSON.parse(await readFile(join(temp.dir, DATA_FILE), 'utf8')) as { progressLog: unknown }
    expect(onDisk.progressLog).toEqual([expected])
  })

  it('keeps one entry for a day of changes, the latest figures, across a restart', async () => {
    await core.dispatch('skills:setStatus', { skillId: 'apis', status: 'done' })
    await core.dispatch('skills:setSubtopic', { skillId: 'communication', subtopicId: 'explain-clearly', done: true })
    const log = core.store.state.progressLog
    expect(log).toHaveLength(1)
    expect(log[0]).toMatchObject({ day: today() })
    expect(log[0]!.soft).toBeGreaterThan(0)
    await core.close()
    core = await open()
    expect(core.store.state.progressLog).toEqual(log)
  })

  it('records nothing for a confidence rating, which does not move progress', async () => {
    await core.dispatch('skills:setConfidence', { skillId: 'apis', confidence: 3 })
    expect(core.store.state.progressLog).toEqual([])
  })

  it('files a change under the day of the zone it is given', () => {
    const state = freshState()
    // 23:30 UTC on 9 March is already 10 March in Auckland.
    expect(recordProgress(state, new Date('2025-03-09T23:30:00Z'), 'Pacific/Auckland').day).toBe('2025-03-10')
    expect(recordProgress(state, new Date('2025-03-09T23:30:00Z'), 'UTC').day).toBe('2025-03-09')
    expect(state.progressLog.map((e) => e.day)).toEqual(['2025-03-09', '2025-03-10'])
  })
})
