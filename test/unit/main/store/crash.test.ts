import { spawn, type ChildProcessByStdio } from 'node:child_process'
import { readdir } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { createInterface } from 'node:readline'
import type { Readable, Writable } from 'node:stream'
import { build } from 'esbuild'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DataStore, DATA_FILE } from '../../../../src/main/store/data-store'
import { isTempOf } from '../../../../src/main/store/durable-file'
import { between, seededRandom } from '../../../support/seeded-random'
import { tempDir } from '../../../support/temp-dir'

const KILLS = Number(process.env.CRASH_KILLS ?? 300)
const SEED = Number(process.env.CRASH_SEED ?? 20240618)
/** A fresh data folder every so many kills keeps the file (and each write) small. */
const KILLS_PER_FOLDER = 50
const WRITER_SOURCE = resolve('test/support/crash-writer.ts')
/** The writer and the real store code, bundled once so each of the 300 starts costs ~60 ms, not a TypeScript load. */
let writer = ''

type Child = ChildProcessByStdio<Writable, Readable, null>

interface Run {
  child: Child
  acked: string[]
  ready: Promise<void>
  /** Has the child opened the store and started writing? */
  isReady(): boolean
  closed: Promise<void>
  /** Resolves once `count` changes were acknowledged (or the child ended). */
  ackedAtLeast(count: number): Promise<void>
}

/** Starts a writer that loads its modules and then waits for "go" on stdin. */
function startWriter(dir: string, runId: number): Run {
  const child = spawn(process.execPath, [writer, dir, String(runId)], { stdio: ['pipe', 'pipe', 'inherit'] })
  const acked: string[] = []
  const waiters: Array<{ count: number; done: () => void }> = []
  let ended = false
  let readyNow = false
  let markReady = (): void => undefined
  const ready = new Promise<void>((done) => (markReady = done))
  const settle = (): void => {
    for (const w of waiters.splice(0)) {
      if (ended || acked.length >= w.count) w.done()
      else waiters.push(w)
    }
  }
  const lines = createInterface({ input: child.stdout })
  lines.on('line', (line) => {
    if (line === 'ready') {
      readyNow = true
      markReady()
    } else acked.push(line)
    settle()
  })
  // 'close' comes after every line the child wrote before it died has been read.
  const closed = new Promise<void>((done) =>
    child.on('close', () => {
      ended = true
      markReady()
      settle()
      done()
    }),
  )
  child.stdin.on('error', () => undefined)
  return {
    child,
    acked,
    ready,
    isReady: () => readyNow,
    closed,
    ackedAtLeast: (count) =>
      new Promise<void>((done) => {
        waiters.push({ count, done })
        settle()
      }),
  }
}

const sleep = (ms: number): Promise<void> => new Promise((done) => setTimeout(done, ms))
const folders: Array<{ remove(): Promise<void> }> = []
beforeAll(async () => {
  const out = await tempDir('groundwork-crash-writer-')
  folders.push(out)
  writer = join(out.dir, 'crash-writer.mjs')
  await build({
    entryPoints: [WRITER_SOURCE],
    outfile: writer,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'error',
    // Any CommonJS dependency in the bundle expects require and __filename.
    banner: {
      js: "import { createRequire } from 'node:module'; import { fileURLToPath } from 'node:url'; const require = createRequire(import.meta.url); const __filename = fileURLToPath(import.meta.url);",
    },
  })
})
afterAll(async () => {
  await Promise.all(folders.map((f) => f.remove()))
})

describe('crash during writes', () => {
  it(`loses no acknowledged change across ${KILLS} SIGKILLs of a writing process`, async () => {
    const random = seededRandom(SEED)
    let kills = 0
    let losses = 0
    let corruptLoads = 0
    let acknowledged = 0
    let leftoverTemps = 0
    let killedBeforeReady = 0
    let dir = ''
    let next: Run | null = null
    const started = Date.now()

    for (let round = 0; round < KILLS; round += 1) {
      if (round % KILLS_PER_FOLDER === 0) {
        const folder = await tempDir('groundwork-crash-')
        folders.push(folder)
        dir = folder.dir
        next = null
      }
      const run: Run = next ?? startWriter(dir, round)
      run.child.stdin.write('go\n')
      // Start the next writer now: its start-up overlaps this round's writes and checks.
      next = round + 1 < KILLS && (round + 1) % KILLS_PER_FOLDER !== 0 ? startWriter(dir, round + 1) : null

      const timeout = sleep(10_000)
      if (random() < 0.1) {
        // Sometimes die while opening (recovery check, start-up backup, first write).
        await Promise.race([sleep(between(random, 0, 40)), run.closed])
      } else {
        await Promise.race([run.ready.then(() => run.ackedAtLeast(between(random, 0, 12))), timeout])
        await sleep(between(random, 0, 4))
      }
      if (run.child.exitCode === null && run.child.signalCode === null) {
        if (!run.isReady()) killedBeforeReady += 1
        run.child.kill('SIGKILL')
        kills += 1
      }
      await run.closed
      expect(run.child.signalCode, 'the writer must die by our SIGKILL, not on its own').toBe('SIGKILL')

      leftoverTemps += (await readdir(dir)).filter((name) => isTempOf(DATA_FILE, name)).length
      const { store, notices } = await DataStore.open(dir)
      if (notices.length > 0) corruptLoads += 1
      expect(
        (await readdir(dir)).filter((name) => isTempOf(DATA_FILE, name)),
        'open removes stale temp files',
      ).toEqual([])
      for (const key of run.acked) if (!store.state.skills[key]) losses += 1
      acknowledged += run.acked.length
      // Its start-up backup runs in the background; let it finish before the next writer starts.
      await store.flush()
    }
    next?.child.kill('SIGKILL')

    const seconds = ((Date.now() - started) / 1000).toFixed(1)
    console.log(
      `crash: kills=${kills} losses=${losses} corruptLoads=${corruptLoads} acknowledged=${acknowledged} ` +
        `killedWhileOpening=${killedBeforeReady} leftoverTempFiles=${leftoverTemps} seed=${SEED} seconds=${seconds}`,
    )
    expect(kills).toBeGreaterThanOrEqual(KILLS)
    expect(losses).toBe(0)
    expect(corruptLoads).toBe(0)
  }, 300_000)
})
