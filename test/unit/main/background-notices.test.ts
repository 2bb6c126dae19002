import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { join, sep } from 'node:path'
import { createCore, type Core } from '../../../src/main/core'
import type { Notice } from '../../../src/shared/contract'
import { tempDir } from '../../support/temp-dir'
import { testServices } from '../../support/test-services'
import { testClock } from '../../support/test-clock'

// Only writes into the backups folder hit the full disk: the data file itself still saves.
const faults = vi.hoisted(() => ({ backupsFull: false, failedBackups: 0 }))
vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>()
  const { openOnFullDisk } = await import('../../support/faults')
  const open = openOnFullDisk(real.open, (path) => {
    if (!faults.backupsFull || !path.includes(`${sep}backups${sep}`)) return false
    faults.failedBackups += 1
    return true
  })
  return { ...real, default: { ...real, open }, open }
})

const HOUR = 60 * 60 * 1000
let temp: Awaited<ReturnType<typeof tempDir>>
let core: Core
const log = vi.fn()
let emitted: Array<[string, unknown]>

async function openCore(): Promise<Core> {
  core = await createCore({
    dataDir: temp.dir,
    services: testServices(temp.dir),
    log,
    checkResponses: true,
    clock: testClock(),
  })
  return core
}

/** A change through the router, then the wait for the backup it may start. */
async function change(status: 'learning' | 'done'): Promise<void> {
  expect(await core.dispatch('skills:setStatus', { skillId: 'apis', status })).toMatchObject({ ok: true })
  await core.store.backupsSettled()
}

const noticesOfGetState = async (): Promise<unknown> =>
  ((await core.dispatch('app:getState', undefined)) as { value: { notices: Notice[] } }).value.notices

beforeEach(async () => {
  temp = await tempDir()
  faults.backupsFull = false
  faults.failedBackups = 0
  log.mockClear()
  emitted = []
  // Only Date is faked: the hourly backup is due once the clock moved on an hour.
  vi.useFakeTimers({ toFake: ['Date'] })
})
afterEach(async () => {
  vi.useRealTimers()
  await core.close()
  await temp.remove()
})

describe('a background backup that fails', () => {
  it('tells the learner once through the notice event, and again only after a backup succeeded in between', async () => {
    await openCore()
    core.setEmitter((event, payload) => void (event === 'notice' && emitted.push([event, payload])))
    await core.store.backupsSettled()
    const expected: Notice = {
      id: 'backup-failed',
      level: 'warning',
      title: 'A backup could not be saved',
      message: `Groundwork could not write a backup to ${join(temp.dir, 'backups')}: the disk is full (ENOSPC). Your data file is kept as it was, but there is no fresh backup of it. Free some disk space, or check that the folder exists and can be written to; Groundwork tries again with your next change.`,
    }

    faults.backupsFull = true
    vi.setSystemTime(Date.now() + 2 * HOUR)
    await change('learning')
    expect(faults.failedBackups).toBe(1)
    expect(emitted).toEqual([['notice', expected]])
    expect(log).toHaveBeenCalledWith('background backup failed', expect.objectContaining({ code: 'ENOSPC' }))

    // Each later change tries again; the learner is not told again for every failed attempt.
    await change('done')
    await change('learning')
    expect(faults.failedBackups).toBe(3)
    expect(emitted).toHaveLength(1)
    expect(log).toHaveBeenCalledTimes(1)
    expect(await noticesOfGetState()).toEqual([expected])

    faults.backupsFull = false
    await change('done')
    expect(await noticesOfGetState()).toEqual([])

    faults.backupsFull = true
    vi.setSystemTime(Date.now() + 2 * HOUR)
    await change('learning')
    expect(emitted).toEqual([
      ['notice', expected],
      ['notice', expected],
    ])
  })

  it('at start-up, before the window listens: kept for getState, which the window asks first, and not repeated by retries', async () => {
    faults.backupsFull = true
    await openCore()
    await core.store.backupsSettled()
    core.setEmitter((event, payload) => void (event === 'notice' && emitted.push([event, payload])))
    expect(faults.failedBackups).toBe(1)
    expect(await noticesOfGetState()).toEqual([
      expect.objectContaining({ id: 'backup-failed', message: expect.stringContaining('the disk is full (ENOSPC)') }),
    ])

    await change('done')
    expect(faults.failedBackups).toBe(2)
    expect(emitted).toEqual([])
    // The data file itself kept saving all along.
    expect(core.store.writeCount).toBe(1)
  })
})
