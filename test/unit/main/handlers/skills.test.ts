import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createCore, type Core } from '../../../../src/main/core'
import { tempDir } from '../../../support/temp-dir'
import { testServices } from '../../../support/test-services'

let temp: Awaited<ReturnType<typeof tempDir>>
let core: Core

async function open(): Promise<Core> {
  return createCore({ dataDir: temp.dir, services: testServices(temp.dir), log: () => undefined, checkResponses: true })
}

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
    expect(await core.dispatch('skills:setConfidence', { skillId: 'apis', confidence: 6 })).toMatchObject({ ok: false, error: { code: 'invalid-payload' } })
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
    expect(await core.dispatch('skills:setConfidence', { skillId: 'knitting', confidence: 2 })).toMatchObject({ ok: false, error: { code: 'not-found' } })
    expect(await core.dispatch('skills:setSubtopic', { skillId: 'apis', subtopicId: 'crud', done: true })).toMatchObject({
      ok: false,
      error: { code: 'not-found', message: '"APIs" has no sub-topic with the id "crud".' },
    })
    expect(core.store.state.skills).toEqual({})
  })
})
