// Two app cores, each with its own folder, kept in step by a real sync tool: two Syncthing daemons on 127.0.0.1.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Core } from '../../../../src/main/core'
import type { SyncStatus } from '../../../../src/shared/contract/sync'
import { missingSyncthingReason, startSyncthingPair, type SyncthingPair } from '../../../support/syncthing'
import { openTestCore } from '../../../support/test-services'
import { answerOf } from '../../../support/dispatch-answer'
import { tempDir } from '../../../support/temp-dir'

const reason = missingSyncthingReason()
if (reason) console.warn(`Skipping the sync-over-Syncthing tests: ${reason}`)
const TIMEOUT = 90_000

describe.skipIf(reason !== null)('two computers syncing through Syncthing', () => {
  let pair: SyncthingPair
  let laptop: Core
  let desktop: Core
  const removals: Array<() => Promise<void>> = []

  beforeAll(async () => {
    pair = await startSyncthingPair()
    for (const name of ['laptop', 'desktop']) {
      const temp = await tempDir(`groundwork-${name}-`)
      removals.push(temp.remove)
      if (name === 'laptop') laptop = await openTestCore(temp.dir)
      else desktop = await openTestCore(temp.dir)
    }
  }, TIMEOUT)

  afterAll(async () => {
    await laptop?.close()
    await desktop?.close()
    await pair?.stop()
    for (const remove of removals) await remove()
  }, TIMEOUT)

  /** Both computers write what waits, the tool carries it, both read. */
  async function roundTrip(): Promise<void> {
    await answerOf(laptop, 'sync:syncNow')
    await answerOf(desktop, 'sync:syncNow')
    await pair.inStep()
    await answerOf(laptop, 'sync:syncNow')
    await answerOf(desktop, 'sync:syncNow')
    await pair.inStep()
    await answerOf(laptop, 'sync:syncNow')
  }

  it(
    'a library started on one computer is joined on the other, and edits on both meet, the same note included',
    async () => {
      const { id } = await answerOf<{ id: string }>(laptop, 'notes:create', {
        skillId: 'databases',
        title: 'Isolation levels',
        body: 'Read committed.\n\nSerializable.',
      })
      await answerOf<SyncStatus>(laptop, 'sync:start', { folder: pair.folderA, deviceName: 'Laptop' })
      await pair.inStep()
      const joined = await answerOf<SyncStatus>(desktop, 'sync:start', { folder: pair.folderB, deviceName: 'Desktop' })
      expect(joined.devices.map((device) => device.name).sort()).toEqual(['Desktop', 'Laptop'])
      expect(desktop.store.state.notes[id]?.body).toBe('Read committed.\n\nSerializable.')

      // Apart (the tool paused), each computer edits its own paragraph of the note and something else.
      await pair.pause()
      await answerOf(laptop, 'notes:save', { id, body: 'Read committed LAPTOP.\n\nSerializable.' })
      await answerOf(desktop, 'notes:save', { id, body: 'Read committed.\n\nSerializable DESKTOP.' })
      await answerOf(laptop, 'skills:setStatus', { skillId: 'apis', status: 'learning' })
      await answerOf(desktop, 'skills:setSubtopic', { skillId: 'databases', subtopicId: 'indexes', done: true })
      await answerOf(laptop, 'sync:syncNow')
      await answerOf(desktop, 'sync:syncNow')
      await pair.resume()
      await roundTrip()

      for (const core of [laptop, desktop]) {
        expect(core.store.state.notes[id]?.body).toBe('Read committed LAPTOP.\n\nSerializable DESKTOP.')
        expect(core.store.state.skills['apis']?.status).toBe('learning')
        expect(core.store.state.skills['databases']?.subtopics['indexes']).toBe(true)
      }
      const status = laptop.sync.status()
      expect(status.problems).toEqual([])
      expect(status.devices.map((device) => device.name).sort()).toEqual(['Desktop', 'Laptop'])
    },
    TIMEOUT,
  )
})
