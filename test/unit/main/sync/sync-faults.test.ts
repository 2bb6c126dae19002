import { describe, expect, it } from 'vitest'
import { cp, readFile, readdir, rename, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Core } from '../../../../src/main/core'
import type { Clock } from '../../../../src/main/clock'
import type { SyncStatus } from '../../../../src/shared/contract/sync'
import { encodeBatch, deviceDir } from '../../../../src/main/sync/sync-files'
import { withSyncComputers } from '../../../support/sync-computers'
import { TEST_NOW } from '../../../support/test-clock'
import { answerOf } from '../../../support/dispatch-answer'

const sync = withSyncComputers()

/** A clock a test moves by hand. */
function handClock(): Clock & { advance(ms: number): void } {
  let now = TEST_NOW.getTime()
  return { now: () => new Date(now), timeZone: () => 'UTC', advance: (ms) => void (now += ms) }
}

const computer = (dataDir?: string, clock: Clock = handClock()): Promise<{ core: Core; dir: string }> =>
  sync.computer({ ...(dataDir ? { dataDir } : {}), clock })
const folder = (): Promise<string> => sync.folder()

const start = (core: Core, at: string, name: string) =>
  answerOf<SyncStatus>(core, 'sync:start', { folder: at, deviceName: name })
const syncNow = (core: Core) => answerOf<SyncStatus>(core, 'sync:syncNow')
const note = (core: Core, body: string) =>
  answerOf<{ id: string }>(core, 'notes:create', { skillId: 'apis', title: body.slice(0, 20), body })

describe('sync when things go wrong', { timeout: 60_000 }, () => {
  it('a batch cut short is skipped and tried again, never deleted, and the learner is told if it stays so', async () => {
    const clock = handClock()
    const shared = await folder()
    const a = await computer(undefined, clock)
    const b = await computer()
    await start(a.core, shared, 'A')
    await start(b.core, shared, 'B')
    const { id } = await note(b.core, 'written on B')
    const status = await syncNow(b.core)
    const dir = deviceDir(shared, status.deviceId!)
    const last = (await readdir(dir))
      .filter((name) => name.startsWith('seg-'))
      .sort()
      .at(-1)!
    const whole = await readFile(join(dir, last))
    await writeFile(join(dir, last), whole.subarray(0, whole.length - 5))

    let seen = await syncNow(a.core)
    expect(a.core.store.state.notes[id]).toBeUndefined()
    expect(seen.problems).toEqual([])
    clock.advance(61_000)
    seen = await syncNow(a.core)
    expect(seen.problems.map((p) => p.kind)).toEqual(['file-incomplete'])
    expect(await readdir(dir)).toContain(last)

    await writeFile(join(dir, last), whole)
    seen = await syncNow(a.core)
    expect(a.core.store.state.notes[id]?.body).toBe('written on B')
    expect(seen.problems).toEqual([])
  })

  it('a batch of a newer format is refused with a clear message, and nothing is lost', async () => {
    const shared = await folder()
    const a = await computer()
    const b = await computer()
    await start(a.core, shared, 'A')
    const bStatus = await start(b.core, shared, 'B')
    await syncNow(a.core)
    const dir = deviceDir(shared, bStatus.deviceId!)
    const next = (await readdir(dir)).filter((name) => name.startsWith('seg-')).length + 1
    const newer = encodeBatch(bStatus.deviceId!, 'seg', next, new Uint8Array([1, 2, 3]))
    const header = newer
      .subarray(8, 8 + newer.readUInt32BE(4))
      .toString()
      .replace('"format":1', '"format":2')
    const length = Buffer.alloc(4)
    length.writeUInt32BE(header.length)
    await writeFile(
      join(dir, `seg-${String(next).padStart(10, '0')}.gws`),
      Buffer.concat([Buffer.from('GWSY'), length, Buffer.from(header), Buffer.from([1, 2, 3])]),
    )
    const notesBefore = Object.keys(a.core.store.state.notes).length
    const seen = await syncNow(a.core)
    expect(seen.problems).toEqual([
      expect.objectContaining({ kind: 'newer-format', message: expect.stringMatching(/B uses a newer Groundwork/) }),
    ])
    expect(seen.state).toBe('error')
    expect(Object.keys(a.core.store.state.notes)).toHaveLength(notesBefore)
  })

  it('a folder that disappears pauses sync with a message, never reads as everything deleted', async () => {
    const shared = await folder()
    const a = await computer()
    const b = await computer()
    await start(a.core, shared, 'A')
    await start(b.core, shared, 'B')
    const { id } = await note(a.core, 'kept while the stick is out')
    await syncNow(a.core)
    await syncNow(b.core)
    expect(b.core.store.state.notes[id]).toBeDefined()

    await rename(shared, `${shared}-away`)
    const seen = await syncNow(b.core)
    expect(seen.state).toBe('error')
    expect(seen.problems[0]).toMatchObject({ kind: 'folder-missing' })
    expect(b.core.store.state.notes[id]?.body).toBe('kept while the stick is out')

    await rename(`${shared}-away`, shared)
    const back = await syncNow(b.core)
    expect(back.state).toBe('idle')
    expect(back.problems).toEqual([])
  })

  it('an incoming batch removing most notes waits for the learner; keeping mine brings them back everywhere', async () => {
    const shared = await folder()
    const a = await computer()
    const b = await computer()
    const ids = []
    for (let i = 0; i < 5; i += 1) ids.push((await note(a.core, `note ${i}`)).id)
    await start(a.core, shared, 'A')
    await start(b.core, shared, 'B')
    for (const id of ids.slice(0, 4)) await answerOf(b.core, 'notes:delete', { id })
    await syncNow(b.core)

    const held = await syncNow(a.core)
    expect(held.state).toBe('held')
    expect(held.held).toMatchObject({ from: ['B'], notesRemoved: 4, notesNow: 5 })
    expect(Object.keys(a.core.store.state.notes)).toHaveLength(5)
    // Later rounds never apply it by themselves.
    expect((await syncNow(a.core)).state).toBe('held')
    expect(Object.keys(a.core.store.state.notes)).toHaveLength(5)

    const kept = await answerOf<SyncStatus>(a.core, 'sync:decideHeld', { apply: false })
    expect(kept.state).toBe('idle')
    await syncNow(b.core)
    expect(Object.keys(b.core.store.state.notes).sort()).toEqual([...ids].sort())
  })

  it('applying a held batch removes what the other computer removed (into its trash, so it can be undone)', async () => {
    const shared = await folder()
    const a = await computer()
    const b = await computer()
    const ids = []
    for (let i = 0; i < 4; i += 1) ids.push((await note(a.core, `note ${i}`)).id)
    await start(a.core, shared, 'A')
    await start(b.core, shared, 'B')
    for (const id of ids.slice(0, 3)) await answerOf(b.core, 'notes:delete', { id })
    await syncNow(b.core)
    expect((await syncNow(a.core)).state).toBe('held')
    await answerOf(a.core, 'sync:decideHeld', { apply: true })
    expect(Object.keys(a.core.store.state.notes)).toEqual([ids[3]])
    expect(a.core.store.state.trash.filter((entry) => entry.kind === 'note')).toHaveLength(3)
  })

  it('a status changed on both: one value wins everywhere, the other is offered, and "use this instead" puts it back', async () => {
    const shared = await folder()
    const a = await computer()
    const b = await computer()
    await start(a.core, shared, 'A')
    await start(b.core, shared, 'B')
    await answerOf(a.core, 'skills:setStatus', { skillId: 'apis', status: 'learning' })
    await answerOf(b.core, 'skills:setStatus', { skillId: 'apis', status: 'done' })
    await syncNow(a.core)
    const atB = await syncNow(b.core)
    const atA = await syncNow(a.core)
    const won = a.core.store.state.skills['apis']!.status
    expect(b.core.store.state.skills['apis']!.status).toBe(won)
    const offered = [...(atA.lastMerge?.conflicts ?? []), ...(atB.lastMerge?.conflicts ?? [])]
    expect(offered).toHaveLength(1)
    expect(offered[0]).toMatchObject({ label: 'APIs: status', kept: won })
    const loser = atA.lastMerge?.conflicts.length ? a.core : b.core
    const winner = loser === a.core ? b.core : a.core
    await answerOf(loser, 'sync:useOther', { conflictId: offered[0]!.id })
    await syncNow(winner)
    expect(winner.store.state.skills['apis']!.status).toBe(offered[0]!.other)
  })

  it('a card reviewed on both keeps both reviews, and both work out the same schedule', async () => {
    const shared = await folder()
    const a = await computer()
    const b = await computer()
    await start(a.core, shared, 'A')
    await start(b.core, shared, 'B')
    const cardId = 'faq-front-vs-back'
    await answerOf(a.core, 'review:rate', { cardId, grade: 3 })
    await answerOf(b.core, 'review:rate', { cardId, grade: 1 })
    await syncNow(a.core)
    await syncNow(b.core)
    await syncNow(a.core)
    for (const core of [a.core, b.core])
      expect(core.store.state.review.log.filter((e) => e.cardId === cardId)).toHaveLength(2)
    expect(a.core.store.state.review.cards[cardId]).toEqual(b.core.store.state.review.cards[cardId])
    expect(a.core.store.state.review.cards[cardId]?.reps).toBe(2)
  })

  it('a profile copied to a second computer is noticed and given a new id; nothing either wrote is lost', async () => {
    const shared = await folder()
    const a = await computer()
    await start(a.core, shared, 'A')
    await note(a.core, 'before the copy')
    await syncNow(a.core)
    await a.core.close()
    const copyDir = await folder()
    await cp(a.dir, copyDir, { recursive: true })
    const a2 = await computer(a.dir)
    const c = await computer(copyDir)
    await a2.core.sync.resume()
    await c.core.sync.resume()
    const fromA = await note(a2.core, 'typed on the original')
    const fromC = await note(c.core, 'typed on the copy')
    await syncNow(a2.core)
    await syncNow(c.core)
    await syncNow(a2.core)
    await syncNow(c.core)
    const ids = [a2.core.sync.status().deviceId, c.core.sync.status().deviceId]
    expect(new Set(ids).size).toBe(2)
    const told = [...a2.core.sync.status().problems, ...c.core.sync.status().problems].map((p) => p.kind)
    expect(told).toContain('copied-profile')
    for (const core of [a2.core, c.core]) {
      expect(core.store.state.notes[fromA.id]?.body).toBe('typed on the original')
      expect(core.store.state.notes[fromC.id]?.body).toBe('typed on the copy')
    }
  })

  it('after a restart, sync goes on where it was and nothing is written twice', async () => {
    const shared = await folder()
    const a = await computer()
    const b = await computer()
    await start(a.core, shared, 'A')
    await start(b.core, shared, 'B')
    const { id } = await note(a.core, 'one')
    await syncNow(a.core)
    await a.core.close()
    const again = await computer(a.dir)
    await again.core.sync.resume()
    await answerOf(again.core, 'notes:save', { id, body: 'one two' })
    await syncNow(again.core)
    await syncNow(b.core)
    expect(b.core.store.state.notes[id]?.body).toBe('one two')
  })
})
