import { describe, expect, it } from 'vitest'
import { readdir } from 'node:fs/promises'
import type { Core } from '../../../../src/main/core'
import type { SyncStatus } from '../../../../src/shared/contract/sync'
import { deviceDir } from '../../../../src/main/sync/sync-files'
import { withSyncComputers } from '../../../support/sync-computers'
import { answerOf } from '../../../support/dispatch-answer'

const sync = withSyncComputers()
const computer = async (): Promise<Core> => (await sync.computer()).core

describe('a computer’s old batches', () => {
  it(
    'become a snapshot, and go only once every known computer has read them; a computer joining later starts from the snapshot',
    { timeout: 60_000 },
    async () => {
      const folder = await sync.folder()
      const writer = await computer()
      const reader = await computer()
      const status = await answerOf<SyncStatus>(writer, 'sync:start', { folder, deviceName: 'Writer' })
      await answerOf(reader, 'sync:start', { folder, deviceName: 'Reader' })
      const { id } = await answerOf<{ id: string }>(writer, 'notes:create', {
        skillId: 'apis',
        title: 'Log',
        body: 'line 0',
      })
      const own = deviceDir(folder, status.deviceId!)
      const files = async (): Promise<string[]> => (await readdir(own)).filter((name) => name.endsWith('.gws')).sort()

      let body = 'line 0'
      for (let i = 1; i <= 45; i += 1) {
        body += `\nline ${i}`
        await answerOf(writer, 'notes:save', { id, body })
        await answerOf(writer, 'sync:syncNow')
      }
      // A snapshot is written, but the reader has not read the batches yet: none goes.
      const before = await files()
      expect(before.some((name) => name.startsWith('snap-'))).toBe(true)
      expect(before.filter((name) => name.startsWith('seg-')).length).toBeGreaterThan(40)

      await answerOf(reader, 'sync:syncNow')
      expect(reader.store.state.notes[id]?.body).toBe(body)
      await answerOf(writer, 'sync:syncNow')
      const after = await files()
      const snapshot = after.find((name) => name.startsWith('snap-'))!
      const snapshotSeq = Number(snapshot.slice(5, 15))
      expect(after.filter((name) => name.startsWith('seg-') && Number(name.slice(4, 14)) <= snapshotSeq)).toEqual([])

      // A computer joining now has only the snapshot and the batches after it, and gets everything.
      const late = await computer()
      await answerOf(late, 'sync:start', { folder, deviceName: 'Late' })
      expect(late.store.state.notes[id]?.body).toBe(body)
    },
  )
})
