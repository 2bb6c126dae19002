// The real sync tool the sync tests run on: two Syncthing daemons on 127.0.0.1 keep two folders in step.
import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdir, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { writeDurably } from '../../../../src/main/store/durable-file'
import { missingSyncthingReason, startSyncthingPair, type SyncthingPair } from '../../../support/syncthing'

const reason = missingSyncthingReason()
if (reason) console.warn(`Skipping the Syncthing pair tests: ${reason}`)

// Starting, a scan and a pull each take well under a few seconds; a loaded 2-core machine gets ample room.
const TIMEOUT = 60_000
const OLDER = new Date('2026-03-01T10:00:00Z')
const NEWER = new Date('2026-03-02T10:00:00Z')

/** Every file name under `dir` (relative, `/`-separated), Syncthing's marker folder left out. */
async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1))
    .filter((name) => !name.startsWith('.stfolder'))
    .sort()
}

/** Polls until `check` holds; fails with `what` after `ms`. */
async function eventually(what: string, check: () => boolean, ms = 30_000): Promise<void> {
  const until = Date.now() + ms
  while (!check()) {
    if (Date.now() > until) throw new Error(`Still not true after ${ms} ms: ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

describe.skipIf(reason !== null)('two Syncthing daemons on 127.0.0.1', () => {
  let pair: SyncthingPair

  beforeAll(async () => {
    pair = await startSyncthingPair()
  }, TIMEOUT)

  afterAll(async () => {
    await pair?.stop()
    if (pair) expect(existsSync(pair.folderA) || existsSync(pair.folderB)).toBe(false)
  }, TIMEOUT)

  it(
    'carry a file written on A to B byte for byte',
    async () => {
      // Several of Syncthing's 128 KiB blocks, and bytes no text encoding would keep.
      const data = randomBytes(400 * 1024)
      await writeFile(join(pair.folderA, 'from-a.bin'), data)
      await pair.inStep()
      expect((await readFile(join(pair.folderB, 'from-a.bin'))).equals(data)).toBe(true)
    },
    TIMEOUT,
  )

  it(
    'carry a file written on B, in a new sub-folder, to A',
    async () => {
      const path = ['groundwork-sync', 'devices', 'device-b', 'segment-1.json']
      await mkdir(join(pair.folderB, ...path.slice(0, -1)), { recursive: true })
      await writeFile(join(pair.folderB, ...path), '{"from":"B","text":"naïve – ünïcode"}\n')
      await pair.inStep()
      expect(await readFile(join(pair.folderA, ...path), 'utf8')).toBe('{"from":"B","text":"naïve – ünïcode"}\n')
    },
    TIMEOUT,
  )

  it(
    'carry a file written to a temp name and renamed under its final name only',
    async () => {
      const before = await filesUnder(pair.folderB)
      // As the sync engine writes its files: a temp name, fsync, rename.
      await mkdir(join(pair.folderA, 'renamed'), { recursive: true })
      await writeDurably(join(pair.folderA, 'renamed', 'status.json'), '{"seen":3}')
      await pair.inStep()
      expect(await readFile(join(pair.folderB, 'renamed', 'status.json'), 'utf8')).toBe('{"seen":3}')
      // Nothing else is left behind: neither our temp name nor one of Syncthing's.
      expect(await filesUnder(pair.folderB)).toEqual([...before, 'renamed/status.json'].sort())
    },
    TIMEOUT,
  )

  it(
    'delete on one side a file deleted on the other',
    async () => {
      await writeFile(join(pair.folderA, 'short-lived.txt'), 'soon gone')
      await pair.inStep()
      expect(existsSync(join(pair.folderB, 'short-lived.txt'))).toBe(true)
      await rm(join(pair.folderB, 'short-lived.txt'))
      await pair.inStep()
      expect(existsSync(join(pair.folderA, 'short-lived.txt'))).toBe(false)
    },
    TIMEOUT,
  )

  it(
    'carry a change by themselves, through their folder watchers, without a scan being asked',
    async () => {
      await writeFile(join(pair.folderB, 'watched.txt'), 'seen by the watcher')
      const arrived = join(pair.folderA, 'watched.txt')
      await eventually('watched.txt arrives on A', () => existsSync(arrived))
      expect(await readFile(arrived, 'utf8')).toBe('seen by the watcher')
      await pair.inStep()
      expect(await filesUnder(pair.folderA)).toEqual(await filesUnder(pair.folderB))
    },
    TIMEOUT,
  )

  it(
    'keep both versions of a file changed on both sides while apart, the older as a conflict copy on each',
    async () => {
      await writeFile(join(pair.folderA, 'both.json'), 'base')
      await pair.inStep()
      await pair.pause()
      // Modification times decide which version wins: fixed ones, so the outcome needs no waiting.
      await writeFile(join(pair.folderA, 'both.json'), 'older edit on A')
      await utimes(join(pair.folderA, 'both.json'), OLDER, OLDER)
      await writeFile(join(pair.folderB, 'both.json'), 'newer edit on B')
      await utimes(join(pair.folderB, 'both.json'), NEWER, NEWER)
      await pair.resume()
      await pair.inStep()
      for (const folder of [pair.folderA, pair.folderB]) {
        expect(await readFile(join(folder, 'both.json'), 'utf8')).toBe('newer edit on B')
        const copies = (await readdir(folder)).filter((name) => name.startsWith('both.sync-conflict-'))
        expect(copies).toEqual([expect.stringMatching(/^both\.sync-conflict-\d{8}-\d{6}-[A-Z2-7]{7}\.json$/)])
        expect(await readFile(join(folder, copies[0] ?? ''), 'utf8')).toBe('older edit on A')
      }
    },
    TIMEOUT,
  )

  it(
    'talk only to each other, on 127.0.0.1, with discovery, relays, NAT and reporting off',
    async () => {
      for (const [self, other] of [
        [pair.a, pair.b],
        [pair.b, pair.a],
      ] as const) {
        const options = (await self.rest('/rest/config/options')) as Record<string, unknown>
        expect(options).toMatchObject({
          globalAnnounceEnabled: false,
          localAnnounceEnabled: false,
          relaysEnabled: false,
          natEnabled: false,
          urAccepted: -1,
          crashReportingEnabled: false,
          autoUpgradeIntervalH: 0,
        })
        expect(options.listenAddresses).toEqual([expect.stringMatching(/^tcp:\/\/127\.0\.0\.1:\d+$/)])
        const devices = (await self.rest('/rest/config/devices')) as Array<{ deviceID: string; addresses: string[] }>
        expect(devices.map((device) => device.deviceID).sort()).toEqual([self.deviceId, other.deviceId].sort())
        const peer = devices.find((device) => device.deviceID === other.deviceId)
        expect(peer?.addresses).toEqual([expect.stringMatching(/^tcp:\/\/127\.0\.0\.1:\d+$/)])
        const { connections } = (await self.rest('/rest/system/connections')) as {
          connections: Record<string, { connected: boolean; address: string }>
        }
        expect(connections[other.deviceId]).toMatchObject({
          connected: true,
          address: expect.stringMatching(/^127\.0\.0\.1:/),
        })
      }
    },
    TIMEOUT,
  )
})
