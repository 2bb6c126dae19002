import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { createCore, type Core } from '../../../src/main/core'
import { DATA_FILE } from '../../../src/main/store/data-store'
import { SCHEMA_VERSION } from '../../../src/shared/model'
import { createRouter } from '../../../src/main/router'
import { tempDir } from '../../support/temp-dir'
import { testServices } from '../../support/test-services'
import { testClock } from '../../support/test-clock'

let temp: Awaited<ReturnType<typeof tempDir>>
let core: Core
const log = vi.fn()

beforeEach(async () => {
  temp = await tempDir()
  log.mockClear()
  core = await createCore({
    dataDir: temp.dir,
    services: testServices(temp.dir),
    log,
    checkResponses: true,
    clock: testClock(),
  })
})
afterEach(async () => {
  await core.close()
  await temp.remove()
})

describe('router', () => {
  it('answers the whole state', async () => {
    const result = await core.dispatch('app:getState', undefined)
    expect(result).toMatchObject({ ok: true, value: { state: { schemaVersion: SCHEMA_VERSION }, notices: [] } })
  })

  it('stores a valid status change', async () => {
    const result = await core.dispatch('skills:setStatus', { skillId: 'apis', status: 'learning' })
    expect(result).toMatchObject({ ok: true, value: { skillId: 'apis', progress: { status: 'learning' } } })
    const onDisk = JSON.parse(await readFile(join(temp.dir, DATA_FILE), 'utf8')) as {
      skills: { apis: { status: string } }
    }
    expect(onDisk.skills.apis.status).toBe('learning')
  })

  it.each([
    ['a missing payload', undefined],
    ['a wrong status', { skillId: 'apis', status: 'mastered' }],
    ['a number for the id', { skillId: 42, status: 'done' }],
    ['a prototype key as id', { skillId: '__proto__', status: 'done' }],
    ['a huge id', { skillId: 'a'.repeat(100_000), status: 'done' }],
  ])('rejects %s with invalid-payload and stores nothing', async (_name, payload) => {
    const result = await core.dispatch('skills:setStatus', payload)
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.error.code).toBe('invalid-payload')
      expect(result.error.message.length).toBeLessThanOrEqual(201)
    }
    expect(core.store.writeCount).toBe(0)
    expect(core.store.state.skills).toEqual({})
  })

  it('answers not-found for a skill that is not in the curriculum', async () => {
    const result = await core.dispatch('skills:setStatus', { skillId: 'cobol', status: 'done' })
    expect(result).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'There is no skill with the id "cobol".' },
    })
  })

  it('answers unknown-channel for a name outside the contract', async () => {
    const result = await core.dispatch('fs:readFile', { path: '/etc/passwd' })
    expect(result).toMatchObject({ ok: false, error: { code: 'unknown-channel' } })
  })

  it('refuses to open non-web links', async () => {
    const result = await core.dispatch('app:openExternal', { url: 'file:///etc/passwd' })
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-payload' } })
  })

  it("writes a view's render error to main's log, and refuses one that is not a report", async () => {
    expect(
      await core.dispatch('app:reportError', {
        view: 'skills',
        message: 'Cannot read properties of undefined',
        stack: 'at SkillChecklist',
      }),
    ).toEqual({ ok: true, value: null })
    expect(log).toHaveBeenCalledWith(
      'The skills view could not be shown: Cannot read properties of undefined\n  at SkillChecklist',
    )
    log.mockClear()
    expect(await core.dispatch('app:reportError', { view: 'skills', message: 'x'.repeat(2001) })).toMatchObject({
      ok: false,
      error: { code: 'invalid-payload' },
    })
    expect(await core.dispatch('app:reportError', { message: 'no view' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-payload' },
    })
    expect(
      await core.dispatch('app:reportError', { view: 'nowhere', message: 'a view the app does not have' }),
    ).toMatchObject({ ok: false, error: { code: 'invalid-payload' } })
    // A message cannot pass for lines of its own in the log.
    await core.dispatch('app:reportError', { view: 'data', message: 'one\n2026-01-01T00:00:00.000Z forged line' })
    expect(log).toHaveBeenCalledWith('The data view could not be shown: one 2026-01-01T00:00:00.000Z forged line')
    log.mockClear()
    expect(log).not.toHaveBeenCalledWith(expect.stringContaining('could not be shown'))
  })

  it('refuses to start when a channel of the contract has no handler', () => {
    const handlers = { app: {}, skills: {} } as unknown as Parameters<typeof createRouter>[0]
    expect(() => createRouter(handlers, log)).toThrow(/No handler for app:/)
  })

  it('turns an unexpected handler failure into an internal error without a stack', async () => {
    const broken = vi.spyOn(core.store, 'update').mockRejectedValueOnce(new Error('boom at /secret/path.ts:1'))
    const result = await core.dispatch('skills:setStatus', { skillId: 'apis', status: 'done' })
    broken.mockRestore()
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } })
    if (!result.ok) expect(result.error.message).not.toMatch(/secret|boom/)
    expect(log).toHaveBeenCalled()
  })

  it('reports a full disk as an io-error the learner can understand', async () => {
    const full = Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' })
    const broken = vi.spyOn(core.store, 'update').mockRejectedValueOnce(full)
    const result = await core.dispatch('skills:setStatus', { skillId: 'apis', status: 'done' })
    broken.mockRestore()
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'io-error', message: expect.stringMatching(/Could not save/) },
    })
  })
})
