/**
 * A real file-sync tool for tests: two Syncthing daemons on 127.0.0.1 keeping two folders in step.
 *
 * Each daemon gets its own home (keys, config, database) under one temp folder, a config.xml we
 * write before it starts (so no default, network-reaching setting is ever live), its GUI/REST on
 * 127.0.0.1 with an API key, and its sync protocol on tcp://127.0.0.1:<free port>. Global and local
 * discovery, relays, NAT/UPnP (and with it STUN), usage and crash reporting and upgrades are off;
 * each device knows the other only by its explicit 127.0.0.1 address. No byte leaves the machine.
 *
 * File names that may appear in a synced folder (Syncthing 1.19, Debian's package), which a reader
 * of the folder must expect:
 * - `.stfolder/` in the folder's root: Syncthing's marker directory (this module creates it; the
 *   daemon refuses to sync a folder without it). Never synced. `.stignore` and `.stversions/`
 *   (ignore patterns, kept old versions) may exist in a learner's folder too and are not synced.
 * - `.syncthing.<name>.tmp` next to `<name>` while `<name>` is being pulled (when the base name is
 *   longer than 145 bytes: `.syncthing.<md5 hex of the path>.tmp`); on Windows the prefix is
 *   `~syncthing~`. Syncthing writes the whole file there, fsyncs it, then renames it over `<name>`:
 *   `<name>` itself is never seen half-written. A temp file from an interrupted pull stays behind
 *   (reused on the next try, removed after `keepTemporariesH`, 24 h by default); Syncthing never
 *   syncs names with either prefix, so another tool's reader should simply skip them.
 * - `<base>.sync-conflict-<YYYYMMDD>-<HHMMSS>-<7-char device id><.ext>` (the extension stays last,
 *   e.g. `seg.sync-conflict-20261207-164000-ABCDEFG.json`): when one file was changed on two
 *   devices before they met, the version with the older modification time (on a tie, the device
 *   with the larger id) is renamed to this, stamped with the renaming device's wall clock; the id
 *   is the first block of the device id that made the winning change (seen with 1.19), so it says
 *   nothing about whose words the copy holds. Such a copy is then an ordinary file, synced to every
 *   device. At most `maxConflicts` (10 by default; 0 turns copies off and the older version is
 *   simply lost) are kept per file. A file that no two devices ever write never gets one.
 * - Our own temp names (e.g. `x.json.tmp` renamed to `x.json`) are ordinary files to Syncthing: if a
 *   scan sees one before the rename, it may be synced and then deleted on the other side.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { createServer, type AddressInfo, type Server } from 'node:net'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { tempDir } from './temp-dir'

const run = promisify(execFile)

/** Path of the syncthing binary to run, or null when none is installed. */
export function syncthingPath(): string | null {
  const candidates = [process.env.SYNCTHING_PATH, '/usr/bin/syncthing', '/usr/local/bin/syncthing'].filter(
    Boolean,
  ) as string[]
  return candidates.find((path) => existsSync(path)) ?? null
}

/** Why the Syncthing tests cannot run here, or null when they can. Under CI a missing binary is an error instead. */
export function missingSyncthingReason(): string | null {
  if (syncthingPath()) return null
  const reason = 'Syncthing not found at /usr/bin/syncthing (set SYNCTHING_PATH, or `apt-get install -y syncthing`).'
  if (process.env.CI) throw new Error(`${reason} CI must run the sync tool tests.`)
  return reason
}

/** HTTP methods of Syncthing's REST API that the tests use. */
export type RestMethod = 'GET' | 'POST' | 'PATCH'

/** One of the two daemons. */
export interface SyncthingDevice {
  /** "A" or "B". */
  name: string
  /** Full Syncthing device id. */
  deviceId: string
  /** The synced folder on this device. */
  folder: string
  /** Calls a REST path such as `/rest/db/status?folder=…` with the API key (and a JSON body); the parsed JSON answer. */
  rest(path: string, method?: RestMethod, body?: unknown): Promise<unknown>
}

/** Two linked daemons sharing one folder. */
export interface SyncthingPair {
  /** The shared folder as device A sees it. */
  folderA: string
  /** The shared folder as device B sees it. */
  folderB: string
  /** Syncthing's id of the shared folder. */
  folderId: string
  a: SyncthingDevice
  b: SyncthingDevice
  /**
   * Rescans both folders now (so a change just written counts without waiting for the watcher),
   * then waits until both daemons are connected, idle, need nothing, each reports the other 100%
   * complete and has received the other's whole index, twice in a row. Throws with both sides'
   * state and log after `timeoutMs`. Files still being written when it is called may or may not
   * be included: write, then call it.
   */
  inStep(timeoutMs?: number): Promise<void>
  /**
   * Pauses the shared folder on both devices (no scans, nothing sent or pulled) and waits until
   * both report it paused: changes made now meet only after `resume()`, as on two computers that
   * were offline. (Pausing the folder, not the devices: Syncthing 1.19 redials a resumed device
   * only on its next connection round, up to 32 s away in its first minute.)
   */
  pause(timeoutMs?: number): Promise<void>
  /** Resumes the shared folder on both devices; `inStep()` then waits for the exchange. */
  resume(timeoutMs?: number): Promise<void>
  /** Shuts both daemons down (REST, then SIGKILL after a grace period) and removes every temp folder. */
  stop(): Promise<void>
}

/** Options of {@link startSyncthingPair}. */
export interface SyncthingPairOptions {
  /** Seconds the watcher gathers changes before a scan (Syncthing's minimum is 1). */
  fsWatcherDelayS?: number
  /** Seconds between full rescans, the backstop for missed watcher events. */
  rescanIntervalS?: number
  /** Conflict copies kept per file: 10 as in a new Syncthing folder (an element left out of config.xml would mean 0, none). */
  maxConflicts?: number
  /** How long starting, linking and the first scan may take. */
  timeoutMs?: number
}

const FOLDER_ID = 'groundwork-sync-test'
const POLL_MS = 100
const LOG_LINES = 60

/** Environment of a daemon: no upgrades or restarts, and no proxy that could route a dial elsewhere. */
function daemonEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, STNOUPGRADE: '1', STNORESTART: '1', STNODEFAULTFOLDER: '1' }
  for (const name of ['all_proxy', 'ALL_PROXY', 'http_proxy', 'HTTP_PROXY', 'https_proxy', 'HTTPS_PROXY']) {
    delete env[name]
  }
  return env
}

/** `count` distinct free ports on 127.0.0.1, found by binding port 0 (all held until all are known). */
async function freePorts(count: number): Promise<number[]> {
  const servers: Server[] = []
  try {
    for (let i = 0; i < count; i += 1) {
      const server = createServer()
      servers.push(server)
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject)
        server.listen(0, '127.0.0.1', resolve)
      })
    }
    return servers.map((server) => (server.address() as AddressInfo).port)
  } finally {
    await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))))
  }
}

const xml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

interface Plan {
  name: string
  home: string
  folder: string
  deviceId: string
  guiPort: number
  syncPort: number
  apiKey: string
}

/** The whole config.xml of one daemon: only 127.0.0.1, nothing discovered, reported or upgraded. */
function configXml(self: Plan, other: Plan, version: string, options: Required<SyncthingPairOptions>): string {
  const device = (plan: Plan): string => `
  <device id="${plan.deviceId}" name="${plan.name}" compression="metadata" introducer="false">
    <address>tcp://127.0.0.1:${plan.syncPort}</address>
    <paused>false</paused>
    <autoAcceptFolders>false</autoAcceptFolders>
  </device>`
  return `<configuration version="${version}">
  <folder id="${FOLDER_ID}" label="${FOLDER_ID}" path="${xml(self.folder)}" type="sendreceive" rescanIntervalS="${options.rescanIntervalS}" fsWatcherEnabled="true" fsWatcherDelayS="${options.fsWatcherDelayS}" ignorePerms="false" autoNormalize="true">
    <filesystemType>basic</filesystemType>
    <device id="${self.deviceId}"></device>
    <device id="${other.deviceId}"></device>
    <minDiskFree unit="%">0</minDiskFree>
    <maxConflicts>${options.maxConflicts}</maxConflicts>
    <paused>false</paused>
  </folder>${device(self)}${device(other)}
  <gui enabled="true" tls="false" debugging="false">
    <address>127.0.0.1:${self.guiPort}</address>
    <apikey>${self.apiKey}</apikey>
  </gui>
  <options>
    <listenAddress>tcp://127.0.0.1:${self.syncPort}</listenAddress>
    <globalAnnounceEnabled>false</globalAnnounceEnabled>
    <localAnnounceEnabled>false</localAnnounceEnabled>
    <relaysEnabled>false</relaysEnabled>
    <natEnabled>false</natEnabled>
    <stunKeepaliveStartS>0</stunKeepaliveStartS>
    <stunKeepaliveMinS>0</stunKeepaliveMinS>
    <announceLANAddresses>false</announceLANAddresses>
    <urAccepted>-1</urAccepted>
    <urSeen>3</urSeen>
    <crashReportingEnabled>false</crashReportingEnabled>
    <autoUpgradeIntervalH>0</autoUpgradeIntervalH>
    <startBrowser>false</startBrowser>
    <restartOnWakeup>false</restartOnWakeup>
    <reconnectionIntervalS>5</reconnectionIntervalS>
    <minHomeDiskFree unit="%">0</minHomeDiskFree>
    <setLowPriority>false</setLowPriority>
  </options>
</configuration>
`
}

/** Keys and a device id for a new home; the config version the binary writes, so ours is not migrated. */
async function generateHome(binary: string, home: string): Promise<{ deviceId: string; version: string }> {
  const env = daemonEnv()
  await run(binary, ['generate', `--home=${home}`, '--no-default-folder', '--skip-port-probing'], { env })
  const { stdout } = await run(binary, ['serve', `--home=${home}`, '--device-id'], { env })
  const deviceId = stdout.trim()
  if (!/^[A-Z2-7]{7}(-[A-Z2-7]{7}){7}$/.test(deviceId)) throw new Error(`syncthing gave no device id: ${stdout}`)
  const version = /<configuration version="(\d+)"/.exec(await readFile(join(home, 'config.xml'), 'utf8'))?.[1]
  if (!version) throw new Error(`syncthing generate wrote no config version in ${home}`)
  return { deviceId, version }
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Daemons outlive a test process that dies before stop() (a crash, a killed worker: no exit hook
 * runs then). A shell reading our pipe outlives us by a moment: when the pipe closes it kills the
 * daemons and removes the temp folder. stop() kills it first, so it never acts on a live pair.
 */
function watchdog(root: string, pids: number[]): ChildProcess {
  const script = 'cat >/dev/null; kill -9 "$@" 2>/dev/null; sleep 1; rm -rf "$0"'
  // Its own process group, so that stopping it takes its `cat` along.
  const child = spawn('/bin/sh', ['-c', script, root, ...pids.map(String)], {
    stdio: ['pipe', 'ignore', 'ignore'],
    detached: true,
  })
  child.on('error', () => undefined)
  return child
}

/** Ends a watchdog and its `cat` without letting it act. */
function dismiss(guard: ChildProcess): void {
  if (guard.pid === undefined || guard.exitCode !== null || guard.signalCode !== null) return
  try {
    process.kill(-guard.pid, 'SIGKILL')
  } catch {
    // Already gone.
  }
}

/** A started daemon: its process, the tail of its log, and REST calls with its API key. */
class Daemon implements SyncthingDevice {
  readonly name: string
  readonly deviceId: string
  readonly folder: string
  readonly #plan: Plan
  readonly #process: ChildProcess
  readonly #log: string[] = []
  #exit: string | null = null

  constructor(binary: string, plan: Plan) {
    this.#plan = plan
    this.name = plan.name
    this.deviceId = plan.deviceId
    this.folder = plan.folder
    this.#process = spawn(binary, ['serve', `--home=${plan.home}`, '--no-browser', '--no-restart', '--no-upgrade'], {
      env: daemonEnv(),
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    const keep = (chunk: Buffer): void => {
      this.#log.push(...chunk.toString('utf8').split('\n').filter(Boolean))
      this.#log.splice(0, Math.max(0, this.#log.length - LOG_LINES))
    }
    this.#process.stdout?.on('data', keep)
    this.#process.stderr?.on('data', keep)
    this.#process.on('error', (error) => (this.#exit = `could not start: ${error.message}`))
    this.#process.on('exit', (code, signal) => (this.#exit = `exited (code ${code}, signal ${signal})`))
  }

  /** The daemon's process id (none when it could not start). */
  get pid(): number | undefined {
    return this.#process.pid
  }

  /** Recent log lines, for error messages. */
  logTail(): string {
    return `--- syncthing ${this.name} log (last lines) ---\n${this.#log.join('\n')}`
  }

  async rest(path: string, method: RestMethod = 'GET', body?: unknown): Promise<unknown> {
    if (this.#exit) throw new Error(`syncthing ${this.name} ${this.#exit}\n${this.logTail()}`)
    const response = await fetch(`http://127.0.0.1:${this.#plan.guiPort}${path}`, {
      method,
      headers: { 'X-API-Key': this.#plan.apiKey, 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(10_000),
    })
    const text = await response.text()
    if (!response.ok) throw new Error(`syncthing ${this.name} ${method} ${path}: ${response.status} ${text}`)
    return text ? (JSON.parse(text) as unknown) : null
  }

  /** Resolves once REST answers; throws at the deadline or as soon as the process dies. */
  async waitForRest(deadline: number): Promise<void> {
    for (;;) {
      if (this.#exit) throw new Error(`syncthing ${this.name} ${this.#exit}\n${this.logTail()}`)
      try {
        await this.rest('/rest/system/ping')
        return
      } catch (error) {
        if (Date.now() > deadline) {
          throw new Error(`syncthing ${this.name} REST never answered: ${String(error)}\n${this.logTail()}`, {
            cause: error,
          })
        }
      }
      await sleep(POLL_MS)
    }
  }

  /** Asks the daemon to shut down, then kills it if it has not exited after `graceMs`. */
  async stop(graceMs = 5_000): Promise<void> {
    if (this.#exit) return
    const exited = new Promise<void>((resolve) => this.#process.once('exit', () => resolve()))
    await this.rest('/rest/system/shutdown', 'POST').catch(() => undefined)
    const timer = setTimeout(() => this.#process.kill('SIGKILL'), graceMs)
    await exited
    clearTimeout(timer)
  }
}

interface FolderStatus {
  state?: string
  needTotalItems?: number
  pullErrors?: number
  /** The newest sequence number of this device's own index of the folder. */
  sequence?: number
}
interface Completion {
  completion?: number
  needItems?: number
  needDeletes?: number
  /** The newest sequence number of the remote device's index that this device has received. */
  sequence?: number
}
interface Connections {
  connections?: Record<string, { connected?: boolean }>
}

/** What one side reports: its own index's sequence, what it has seen of the other's, and whether it is settled. */
interface SideView {
  settled: boolean
  ownSequence: number | undefined
  seenSequence: number | undefined
  summary: string
}

/** One side's view of the folder and of `other`. */
async function sideView(self: Daemon, other: Daemon): Promise<SideView> {
  const folder = encodeURIComponent(FOLDER_ID)
  const [status, completion, connected] = await Promise.all([
    self.rest(`/rest/db/status?folder=${folder}`) as Promise<FolderStatus>,
    self.rest(`/rest/db/completion?folder=${folder}&device=${other.deviceId}`) as Promise<Completion>,
    connectedTo(self, other),
  ])
  const settled =
    connected &&
    status.state === 'idle' &&
    status.needTotalItems === 0 &&
    completion.completion === 100 &&
    completion.needItems === 0 &&
    completion.needDeletes === 0
  const summary =
    `${self.name}: connected=${connected} state=${status.state} needTotalItems=${status.needTotalItems} ` +
    `pullErrors=${status.pullErrors} sequence=${status.sequence} completion(${other.name})=${completion.completion} ` +
    `needItems=${completion.needItems} needDeletes=${completion.needDeletes} seen ${other.name} sequence=${completion.sequence}`
  return { settled, ownSequence: status.sequence, seenSequence: completion.sequence, summary }
}

/**
 * Whether both sides are settled and each has received the other's whole index. The sequence
 * check matters: right after a paused folder resumes, each side reports the other 100% complete
 * before their indexes were exchanged.
 */
function inStepNow([a, b]: [SideView, SideView]): boolean {
  return (
    a.settled &&
    b.settled &&
    a.ownSequence !== undefined &&
    b.ownSequence !== undefined &&
    a.seenSequence === b.ownSequence &&
    b.seenSequence === a.ownSequence
  )
}

/** Whether `self` has a live connection to `other`. */
async function connectedTo(self: Daemon, other: Daemon): Promise<boolean> {
  const { connections } = (await self.rest('/rest/system/connections')) as Connections
  return connections?.[other.deviceId]?.connected === true
}

/** Pauses or resumes the shared folder on both devices and waits until both report it so. */
async function setFolderPaused(daemons: Daemon[], paused: boolean, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs
  const path = `/rest/config/folders/${encodeURIComponent(FOLDER_ID)}`
  await Promise.all(daemons.map((daemon) => daemon.rest(path, 'PATCH', { paused })))
  const state = `/rest/db/status?folder=${encodeURIComponent(FOLDER_ID)}`
  for (;;) {
    const states = await Promise.all(daemons.map(async (daemon) => ((await daemon.rest(state)) as FolderStatus).state))
    // A paused folder has no runner: Syncthing 1.19 reports its state as "".
    if (states.every((value) => (value === '') === paused)) return
    if (Date.now() > until)
      throw new Error(
        `Syncthing folder not ${paused ? 'paused' : 'resumed'} after ${timeoutMs} ms: ${states.join(', ')}`,
      )
    await sleep(POLL_MS)
  }
}

/** Rescans both sides, then polls until each is in step with the other; throws with both states at the deadline. */
async function waitInStep(a: Daemon, b: Daemon, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs
  const folder = encodeURIComponent(FOLDER_ID)
  // A scan request returns when the scan is done: afterwards each side's own changes are in its index.
  await Promise.all([a, b].map((daemon) => daemon.rest(`/rest/db/scan?folder=${folder}`, 'POST')))
  // The two sides are read one after the other: the same in-step answer twice in a row rules out a change between reads.
  let previous = ''
  for (;;) {
    const sides: [SideView, SideView] = await Promise.all([sideView(a, b), sideView(b, a)])
    const now = inStepNow(sides) ? sides.map((side) => `${side.ownSequence}/${side.seenSequence}`).join(' ') : ''
    if (now && now === previous) return
    previous = now
    if (Date.now() > until) {
      const states = sides.map((side) => side.summary).join('\n')
      throw new Error(`Syncthing pair not in step after ${timeoutMs} ms:\n${states}\n${a.logTail()}\n${b.logTail()}`)
    }
    await sleep(POLL_MS)
  }
}

/**
 * Starts two linked Syncthing daemons sharing one folder and waits until they are connected and
 * in step. Call `missingSyncthingReason()` first to skip where the binary is absent.
 */
export async function startSyncthingPair(options: SyncthingPairOptions = {}): Promise<SyncthingPair> {
  const binary = syncthingPath()
  if (!binary) throw new Error(missingSyncthingReason() ?? 'Syncthing not found')
  const settings: Required<SyncthingPairOptions> = {
    fsWatcherDelayS: options.fsWatcherDelayS ?? 1,
    rescanIntervalS: options.rescanIntervalS ?? 10,
    maxConflicts: options.maxConflicts ?? 10,
    timeoutMs: options.timeoutMs ?? 30_000,
  }
  const root = await tempDir('groundwork-syncthing-')
  const daemons: Daemon[] = []
  let guard: ChildProcess | null = null
  const stop = async (): Promise<void> => {
    if (guard) dismiss(guard)
    await Promise.all(daemons.map((daemon) => daemon.stop()))
    await root.remove()
  }
  try {
    const [guiA, syncA, guiB, syncB] = (await freePorts(4)) as [number, number, number, number]
    const plan = async (name: string, guiPort: number, syncPort: number): Promise<Plan & { version: string }> => {
      const home = join(root.dir, `home-${name}`)
      const folder = join(root.dir, `folder-${name}`)
      await mkdir(join(folder, '.stfolder'), { recursive: true })
      const { deviceId, version } = await generateHome(binary, home)
      return { name, home, folder, deviceId, version, guiPort, syncPort, apiKey: randomBytes(16).toString('hex') }
    }
    const [planA, planB] = await Promise.all([plan('A', guiA, syncA), plan('B', guiB, syncB)])
    await writeFile(join(planA.home, 'config.xml'), configXml(planA, planB, planA.version, settings))
    await writeFile(join(planB.home, 'config.xml'), configXml(planB, planA, planB.version, settings))
    daemons.push(new Daemon(binary, planA), new Daemon(binary, planB))
    const [a, b] = daemons as [Daemon, Daemon]
    guard = watchdog(
      root.dir,
      daemons.flatMap((daemon) => (daemon.pid === undefined ? [] : [daemon.pid])),
    )
    const deadline = Date.now() + settings.timeoutMs
    await Promise.all(daemons.map((daemon) => daemon.waitForRest(deadline)))

    const inStep = (timeoutMs = 30_000): Promise<void> => waitInStep(a, b, timeoutMs)
    await inStep(Math.max(1_000, deadline - Date.now()))
    const pause = (timeoutMs = 30_000): Promise<void> => setFolderPaused(daemons, true, timeoutMs)
    const resume = (timeoutMs = 30_000): Promise<void> => setFolderPaused(daemons, false, timeoutMs)
    return { folderA: a.folder, folderB: b.folder, folderId: FOLDER_ID, a, b, inStep, pause, resume, stop }
  } catch (error) {
    await stop()
    throw error
  }
}
