import { watch, type FSWatcher } from 'node:fs'
import { mkdir, readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import type { DataStore } from '../store/data-store'
import type { Clock } from '../clock'
import type { Logger } from '../router'
import { writeDurably } from '../store/durable-file'
import type { AppState } from '../../shared/model'
import type { HeldBatch, SyncMerge, SyncProblem, SyncStatus } from '../../shared/contract/sync'
import { COLLECTIONS } from './collections'
import { addTouched, type FieldConflict, type Touched } from './sync-doc'
import { EngineThread } from './engine-thread'
import { carryPictures } from './sync-pictures'
import type { AttachmentStore } from '../attachments/attachment-store'
import { picturesNamedInChanged, picturesNamedInTurns } from '../attachments/named-in-state'
import { localItems, seedSlices } from './local-items'
import {
  conflictsToShow,
  countsOf,
  freshen,
  heldBatchOf,
  incomingItems,
  useOtherValue,
  writeIncoming,
} from './merge-in'
import {
  FORMAT,
  LIBRARY,
  folderIsThere,
  listBatches,
  listDevices,
  newDeviceId,
  readBatch,
  readStatus,
  removeBatch,
  writeBatch,
  writeStatus,
  type DeviceStatus,
  deviceDir,
  sha256Hex,
} from './sync-files'

export interface SyncOptions {
  store: DataStore
  /** The app's data folder: the engine's own files go in its `sync` folder. */
  dataDir: string
  clock: Clock
  log: Logger
  /** Tells the window where sync stands. */
  emit(status: SyncStatus): void
  /** The profile's pictures: they travel as files beside the batches. */
  attachments: AttachmentStore
  /** How often the folder is read even when no change was seen (watchers miss events). */
  rescanMs?: number
  /** How long local changes gather before they are written as one batch. */
  writeDelayMs?: number
  /** Watch the folder for changes (off in tests that step the sync themselves). */
  watch?: boolean
}

/** What the engine keeps beside the data file between runs. */
interface EngineFile {
  device: string
  /** The number of this computer's last batch. */
  seq: number
  /** The last of its batches the saved document (engine.bin) holds; later ones are read back from the folder. */
  binSeq?: number
  /** What the saved document holds of each other computer; after a restart their later batches are read again. */
  binSeen?: Record<string, number>
  /** The SHA-256 of each batch this computer wrote, to notice another computer writing as it (a copied profile). */
  written: Record<string, string>
  /** The highest batch read of each other computer. */
  seen: Record<string, number>
  /** Items of a held batch, still waiting for the learner. */
  held: Record<string, string[]>
}

const INCOMPLETE_TELL_AFTER_MS = 60_000
const SEGMENTS_BEFORE_SNAPSHOT = 40
const DOC_SAVE_EVERY_MS = 5 * 60_000
const DOC_SAVE_QUIET_MS = 3_000
const CHANGES_PER_BATCH = 200

/**
 * Sync through a folder: follows the store's change records into the engine's document, writes
 * this computer's batches, reads everyone else's, and brings what they changed into the store
 * through the same validation and change stream as any write (origin "device").
 */
export class SyncService {
  readonly #o: Required<Omit<SyncOptions, 'emit'>> & Pick<SyncOptions, 'emit'>
  // The engine's thread (the Yjs document lives there, not in main); started when sync is first used.
  #doc: EngineThread | null = null
  #engine: EngineFile | null = null
  // Batches taken from the engine but not yet written to the folder (a failed write keeps them).
  #unwritten: Uint8Array[] = []
  // Changes taken into the engine since its batches were last taken.
  #untaken = 0
  #problems = new Map<string, SyncProblem & { since: number }>()
  #devices = new Map<string, DeviceStatus>()
  #lastSyncAt: string | undefined
  #lastMerge: SyncMerge | undefined
  #conflicts = new Map<string, FieldConflict>()
  #held: HeldBatch | undefined
  #busy: Promise<void> = Promise.resolve()
  #state: SyncStatus['state'] = 'off'
  #timer: NodeJS.Timeout | null = null
  #rescan: NodeJS.Timeout | null = null
  #watcher: FSWatcher | null = null
  #closed = false
  #docSavedAt = -Infinity
  #docTimer: NodeJS.Timeout | null = null
  // Own batch files found whole and ours, by name: their size and time then.
  #checked = new Map<string, string>()
  // Items read from the folder but not yet in the store (the write failed): tried again next round.
  #unmerged: Touched = new Map()
  // The state last read for the pictures it names, and the named pictures not yet carried (or still missing here).
  #picturesReadIn: AppState | null = null
  #picturesToCarry = new Set<string>()

  constructor(options: SyncOptions) {
    this.#o = { rescanMs: 30_000, writeDelayMs: 800, watch: true, ...options }
    options.store.subscribe((change, { before, after }) => {
      if (!this.#doc || change.origin.kind === 'device') return
      const items = localItems(change, before, after)
      if (items.length === 0) return
      this.#untaken += items.length
      void this.#doc.takeItems(items).catch((error: unknown) => this.#o.log('sync: a change was not taken', error))
      this.#schedule(this.#o.writeDelayMs)
    })
  }

  readonly #current = (): AppState => this.#o.store.state

  get #config() {
    return this.#o.store.state.device.sync
  }

  get #engineDir(): string {
    return join(this.#o.dataDir, 'sync')
  }

  /** Picks sync up where it was at the last run (the app calls it once the first screen is up). */
  async resume(): Promise<void> {
    const config = this.#config
    if (!config) return
    await this.#serial(async () => {
      const engine = await this.#readEngine(config.deviceId)
      const saved = await readFile(join(this.#engineDir, 'engine.bin')).catch(() => undefined)
      if (engine && saved) {
        engine.seen = { ...(engine.binSeen ?? engine.seen) }
        await this.#open(engine, new Uint8Array(saved))
        await this.#readOwnSince(config.folder, engine)
        await this.#seed('mine', heldItems(engine))
      } else {
        // The engine's files are gone: join the library again, so nothing in the folder is overwritten.
        await this.#open({ device: config.deviceId, seq: 0, written: {}, seen: {}, held: {} })
        await this.#readFolder(config.folder, { join: true })
      }
    })
    this.#startTimers()
    await this.syncNow()
  }

  /** Starts a library in `folder`, or joins the one there; this computer's data is backed up first. */
  async start(folder: string, deviceName: string): Promise<SyncStatus> {
    if (this.#config) throw new Error('Sync is already on. Leave the library first to choose another folder.')
    if (!(await folderIsThere(folder))) throw new Error(`The folder ${folder} is not there.`)
    await this.#o.store.backupNow()
    const device = newDeviceId()
    await this.#serial(async () => {
      await this.#open({ device, seq: 0, written: {}, seen: {}, held: {} })
      const joining = (await listDevices(folder)).length > 0
      await this.#o.store.update(
        (state) => void (state.device.sync = { folder, deviceId: device, deviceName, paused: false }),
        { kind: 'internal' },
      )
      if (joining) await this.#readFolder(folder, { join: true })
      else await this.#seed('new')
    })
    this.#startTimers()
    return this.syncNow()
  }

  /** Reads and writes the folder now. */
  async syncNow(): Promise<SyncStatus> {
    await this.#serial(() => this.#cycle())
    return this.status()
  }

  async setPaused(paused: boolean): Promise<SyncStatus> {
    const config = this.#config
    if (!config) throw new Error('Sync is not on.')
    await this.#o.store.update((state) => void (state.device.sync!.paused = paused), { kind: 'internal' })
    return paused ? this.#tell() : this.syncNow()
  }

  async rename(deviceName: string): Promise<SyncStatus> {
    if (!this.#config) throw new Error('Sync is not on.')
    await this.#o.store.update((state) => void (state.device.sync!.deviceName = deviceName), { kind: 'internal' })
    return this.syncNow()
  }

  /** Stops syncing here: the data and the folder stay as they are. */
  async leave(): Promise<SyncStatus> {
    if (!this.#config) return this.status()
    await this.#serial(async () => {
      await this.#writePending().catch(() => undefined)
      this.#stopTimers()
      await this.#doc?.close()
      this.#doc = null
      this.#engine = null
      this.#held = undefined
      this.#problems.clear()
      this.#devices.clear()
      await this.#o.store.update((state) => void delete state.device.sync, { kind: 'internal' })
    })
    return this.#tell()
  }

  /** Applies or declines a held batch. Declining writes this computer's items back, so the others get them again. */
  async decideHeld(apply: boolean): Promise<SyncStatus> {
    await this.#serial(async () => {
      const engine = this.#engine
      const held = this.#held
      if (!this.#doc || !engine || !held) return
      const touched = heldItems(engine)
      this.#held = undefined
      engine.held = {}
      if (apply) await this.#bringIn(touched, held.from, [], true)
      else await this.#seed('mine')
      await this.#saveEngine()
    })
    return this.syncNow()
  }

  /** "Use this instead": the other value of a conflict goes in, as a change of this computer's (so it syncs). */
  async useOther(conflictId: string): Promise<SyncStatus> {
    const conflict = this.#conflicts.get(conflictId)
    if (!conflict) throw new Error('That choice is no longer there: sync has moved on since.')
    let done = false
    await this.#o.store.update((state) => void (done = useOtherValue(state, conflict)))
    if (!done) throw new Error('That value can no longer be put back: the item has changed or gone.')
    this.#conflicts.delete(conflictId)
    if (this.#lastMerge)
      this.#lastMerge = {
        ...this.#lastMerge,
        conflicts: this.#lastMerge.conflicts.filter((shown) => shown.id !== conflictId),
      }
    return this.syncNow()
  }

  /** Where sync stands. */
  status(): SyncStatus {
    const config = this.#config
    if (!config) return { state: 'off', devices: [], waiting: 0, problems: [] }
    const now = this.#o.clock.now().getTime()
    const devices: SyncStatus['devices'] = [...this.#devices.values()].map((device) => ({
      id: device.device,
      name: device.name,
      lastSeenAt: device.writtenAt,
      isThis: device.device === config.deviceId,
    }))
    if (!devices.some((device) => device.isThis))
      devices.unshift({ id: config.deviceId, name: config.deviceName, isThis: true })
    const problems = [...this.#problems.values()]
      .filter((problem) => problem.kind !== 'file-incomplete' || now - problem.since >= INCOMPLETE_TELL_AFTER_MS)
      .map(({ since: _since, ...problem }) => problem)
    return {
      state: config.paused ? 'paused' : this.#held ? 'held' : problems.some(isBlocking) ? 'error' : this.#state,
      folder: config.folder,
      deviceId: config.deviceId,
      deviceName: config.deviceName,
      ...(this.#lastSyncAt ? { lastSyncAt: this.#lastSyncAt } : {}),
      devices,
      waiting: this.#untaken + this.#unwritten.length,
      problems,
      ...(this.#lastMerge ? { lastMerge: this.#lastMerge } : {}),
      ...(this.#held ? { held: this.#held } : {}),
    }
  }

  /** Stops the timers and the watcher and writes what is waiting. */
  async close(): Promise<void> {
    if (this.#closed) return
    this.#closed = true
    this.#stopTimers()
    await this.#serial(async () => {
      await this.#writePending().catch((error: unknown) => this.#o.log('sync: could not write on close', error))
      await this.#saveEngine().catch(() => undefined)
      await this.#doc?.close()
    })
  }

  // --- the work ---

  async #open(engine: EngineFile, saved?: Uint8Array): Promise<void> {
    await this.#doc?.close()
    this.#doc = null
    this.#engine = engine
    this.#unwritten = []
    this.#untaken = 0
    // A library opened (or joined) gets every picture the work names, not only those named from now on.
    this.#picturesReadIn = null
    this.#doc = await EngineThread.open(engine.device, saved)
  }

  /** Writes the state's items into the engine, a slice per message (see SyncDoc.seedItems). */
  async #seed(
    mode: 'new' | 'mine' | 'join',
    skip?: ReadonlyMap<string, ReadonlySet<string>>,
  ): Promise<FieldConflict[]> {
    const conflicts: FieldConflict[] = []
    for (const slice of seedSlices(this.#current, skip))
      conflicts.push(...(await this.#doc!.seed(slice.collection, slice.entries, mode)))
    return conflicts
  }

  async #cycle(): Promise<void> {
    const config = this.#config
    if (!config || config.paused || !this.#doc || this.#closed) return
    if (!(await folderIsThere(config.folder))) {
      // Never read as "everything was deleted": sync waits for the folder to come back.
      this.#problem('folder-missing', `The sync folder ${config.folder} is not there. Sync waits until it is back.`)
      this.#tell()
      return
    }
    this.#problems.delete('folder-missing')
    this.#state = 'syncing'
    this.#tell()
    try {
      await this.#writePending()
      if (this.#o.watch && !this.#watcher) this.#startTimers()
      await this.#readFolder(config.folder, { join: false })
      await this.#carryPictures(config.folder)
      await this.#writeOwnStatus()
      await this.#compact()
      await this.#saveEngineFile()
      this.#saveDocLater()
      this.#problems.delete('write-failed')
      this.#lastSyncAt = this.#o.clock.now().toISOString()
    } catch (error) {
      this.#o.log('sync: a round failed', error)
      this.#problem('write-failed', `Sync could not use the folder: ${(error as Error).message}`)
    } finally {
      this.#state = 'idle'
      this.#tell()
    }
  }

  /** Writes this computer's waiting changes as batches of at most CHANGES_PER_BATCH changes. */
  async #writePending(): Promise<void> {
    const config = this.#config
    const engine = this.#engine
    if (!config || !engine || !this.#doc) return
    // Batches of a bounded number of changes, so reading one is a bounded piece of work.
    this.#untaken = 0
    this.#unwritten.push(...(await this.#doc.takePending(CHANGES_PER_BATCH)))
    while (this.#unwritten.length > 0) {
      const payload = this.#unwritten[0]!
      const seq = engine.seq + 1
      await writeBatch(config.folder, engine.device, 'seg', seq, payload)
      engine.seq = seq
      engine.written[`seg-${seq}`] = sha256Hex(payload)
      this.#unwritten.shift()
      // At once: a batch number is never used twice, even if the app stops before the round ends.
      await this.#saveEngineFile()
    }
  }

  /** Reads every other computer's new batches and brings what they changed into the store. */
  async #readFolder(folder: string, options: { join: boolean }): Promise<void> {
    const doc = this.#doc!
    const engine = this.#engine!
    await this.#checkOwnFolder(folder)
    const updates: Uint8Array[] = []
    const from = new Set<string>()
    for (const device of await listDevices(folder)) {
      const status = await readStatus(folder, device)
      if (status) this.#devices.set(device, status)
      if (device === engine.device) continue
      const batches = await listBatches(folder, device)
      let seen = engine.seen[device] ?? 0
      // The newest snapshot holds everything before it: read it first when it is ahead of us.
      const newest = batches.filter((batch) => batch.kind === 'snap').at(-1)
      const snapshot = newest && newest.seq > seen ? newest : undefined
      const after = snapshot?.seq ?? seen
      const plan = [...(snapshot ? [snapshot] : []), ...batches.filter((b) => b.kind === 'seg' && b.seq > after)]
      for (const batch of plan) {
        // Batches are read in order; one still missing (on its way) stops this computer's until it comes.
        if (batch.kind === 'seg' && batch.seq !== seen + 1) break
        const read = await readBatch(folder, device, batch.name)
        const key = `${device}/${batch.name}`
        if ('reason' in read) {
          if (read.reason === 'newer-format')
            this.#problem(
              'newer-format',
              `${status?.name ?? 'Another computer'} uses a newer Groundwork: update this one to sync with it (${read.detail}).`,
              key,
            )
          else if (read.reason === 'incomplete')
            this.#problem(
              'file-incomplete',
              `A file is still arriving or damaged: ${key} (${read.detail}). It is tried again.`,
              key,
              true,
            )
          break
        }
        this.#problems.delete(key)
        updates.push(read.payload)
        seen = batch.seq
        from.add(status?.name ?? device)
      }
      engine.seen[device] = seen
    }
    if (updates.length === 0 && !options.join && this.#unmerged.size === 0) return
    const { touched, conflicts } = await doc.applyRemote(updates)
    addTouched(touched, this.#unmerged)
    this.#unmerged = new Map()
    if (options.join) {
      conflicts.push(...(await this.#seed('join')))
      // Everything the library holds comes in, not only what these batches touched.
      for (const collection of COLLECTIONS) {
        const keys = touched.get(collection.name) ?? new Set<string>()
        for (const key of await doc.keys(collection.name)) keys.add(key)
        touched.set(collection.name, keys)
      }
    }
    try {
      await this.#bringIn(touched, [...from], conflicts, options.join)
    } catch (error) {
      this.#unmerged = touched
      throw error
    }
  }

  /** Puts the pictures the work names into the library and takes in those this computer lacks (see sync-pictures.ts). */
  async #carryPictures(folder: string): Promise<void> {
    const state = this.#current()
    const before = this.#picturesReadIn
    if (state !== before) {
      // Once in full after opening; then only what changed since (the store keeps unchanged items as they were).
      const named = before ? picturesNamedInChanged(before, state) : await picturesNamedInTurns(state)
      for (const name of named) this.#picturesToCarry.add(name)
      this.#picturesReadIn = state
    }
    if (this.#picturesToCarry.size === 0) return
    this.#picturesToCarry = new Set(await carryPictures(folder, this.#o.attachments, this.#picturesToCarry))
  }

  /** Brings the document's version of touched items into the store, or holds the batch when it would remove much. */
  async #bringIn(touched: Touched, from: string[], conflicts: FieldConflict[], force: boolean): Promise<void> {
    const store = this.#o.store
    const incoming = await incomingItems(this.#doc!, this.#current, touched)
    // An item changed here while the engine worked waits for the next round (the engine has the change too).
    addTouched(this.#unmerged, freshen(incoming, store.state))
    for (const item of incoming.invalid)
      this.#problem(
        'other',
        `A change from another computer did not pass the checks and was left out (${item}).`,
        `invalid:${item}`,
      )
    const held = force ? undefined : heldBatchOf(incoming, store.state, from)
    if (held) {
      this.#held = held
      const engine = this.#engine!
      engine.held = Object.fromEntries(
        [...addTouched(heldItems(engine), touched)].map(([name, keys]) => [name, [...keys]]),
      )
      return
    }
    if (incoming.items.size > 0) {
      const counts = countsOf(incoming, store.state)
      await store.update((draft) => writeIncoming(draft, incoming), {
        kind: 'device',
        device: from.join(', ') || 'library',
      })
      const names = new Map<number, string>()
      for (const { keptBy } of conflicts) if (!names.has(keptBy)) names.set(keptBy, await this.#nameOfClient(keptBy))
      const shown = conflictsToShow(
        conflicts,
        store.state,
        (client) => names.get(client) ?? 'another computer',
        (conflict) => {
          const id = `c${this.#conflicts.size + 1}-${Date.now().toString(36)}`
          this.#conflicts.set(id, conflict)
          return id
        },
      )
      this.#lastMerge = { at: this.#o.clock.now().toISOString(), from, counts, conflicts: shown }
    }
  }

  async #nameOfClient(client: number): Promise<string> {
    if (client < 0) return 'the library'
    const device = await this.#doc?.deviceOfClient(client)
    return device ? (this.#devices.get(device)?.name ?? 'another computer') : 'another computer'
  }

  /**
   * A batch in this computer's folder that it did not write means another computer writes as it
   * (a profile copied to a second machine): this one takes a new id and writes all it knows there.
   */
  async #checkOwnFolder(folder: string): Promise<void> {
    const engine = this.#engine!
    for (const batch of await listBatches(folder, engine.device)) {
      // A file unchanged since it was last checked is not read again.
      const stamp = await statOf(join(deviceDir(folder, engine.device), batch.name))
      if (stamp && this.#checked.get(batch.name) === stamp) continue
      const mine = engine.written[`${batch.kind}-${batch.seq}`]
      if (mine === undefined) {
        // A number we used but keep no checksum of (compacted away, or a file a sync tool brought back): nothing to compare.
        if (batch.seq <= engine.seq) continue
      } else {
        const read = await readBatch(folder, engine.device, batch.name)
        // Still arriving (a sync tool bringing our own file back) proves nothing either way.
        if ('reason' in read) continue
        if (sha256Hex(read.payload) === mine) {
          if (stamp) this.#checked.set(batch.name, stamp)
          continue
        }
      }
      const device = newDeviceId()
      this.#o.log(`sync: ${batch.name} in this computer's folder was written elsewhere; taking the new id ${device}`)
      const old = engine.device
      this.#engine = { device, seq: 0, written: {}, seen: { ...engine.seen, [old]: 0 }, held: engine.held }
      await this.#seed('mine')
      this.#unwritten = [await this.#doc!.encode()]
      await this.#o.store.update((state) => void (state.device.sync!.deviceId = device), { kind: 'internal' })
      this.#problem(
        'copied-profile',
        'This computer’s data had been copied from another one that syncs the same folder. It now syncs as a computer of its own; nothing was lost.',
      )
      await this.#writePending()
      return
    }
  }

  async #writeOwnStatus(): Promise<void> {
    const config = this.#config!
    const engine = this.#engine!
    const status: DeviceStatus = {
      format: FORMAT,
      device: engine.device,
      name: config.deviceName,
      seen: { ...engine.seen, [engine.device]: engine.seq },
      writtenAt: this.#o.clock.now().toISOString(),
    }
    const before = this.#devices.get(engine.device)
    if (before && before.name === status.name && JSON.stringify(before.seen) === JSON.stringify(status.seen)) return
    await writeStatus(config.folder, status)
    this.#devices.set(engine.device, status)
  }

  /**
   * Many batches make a snapshot; this computer's batches every known computer has read (and the
   * snapshot covers) are removed. Only its own files, never another computer's.
   */
  async #compact(): Promise<void> {
    const config = this.#config!
    const engine = this.#engine!
    const batches = await listBatches(config.folder, engine.device)
    const lastSnapshot = batches.filter((batch) => batch.kind === 'snap').at(-1)?.seq ?? 0
    const since = batches.filter((batch) => batch.kind === 'seg' && batch.seq > lastSnapshot).length
    let snapshot = lastSnapshot
    if (since >= SEGMENTS_BEFORE_SNAPSHOT) {
      snapshot = engine.seq + 1
      const payload = await this.#doc!.encode()
      await writeBatch(config.folder, engine.device, 'snap', snapshot, payload)
      engine.seq = snapshot
      engine.written[`snap-${snapshot}`] = sha256Hex(payload)
    }
    const others = [...this.#devices.values()].filter((device) => device.device !== engine.device)
    const everyoneHas = Math.min(snapshot, ...others.map((device) => device.seen[engine.device] ?? 0))
    for (const batch of batches) {
      if (batch.seq <= everyoneHas && !(batch.kind === 'snap' && batch.seq === snapshot)) {
        await removeBatch(config.folder, engine.device, batch.name)
        delete engine.written[`${batch.kind}-${batch.seq}`]
      }
    }
  }

  async #readEngine(device: string): Promise<EngineFile | null> {
    try {
      const engine = JSON.parse(await readFile(join(this.#engineDir, 'engine.json'), 'utf8')) as EngineFile
      return engine.device === device ? { ...engine, held: engine.held ?? {} } : null
    } catch {
      return null
    }
  }

  /**
   * The engine's document is as big as the data: it is saved every few minutes, when sync is
   * quiet, and on close. What came after it is read again
   * from the folder after a restart (batches are never removed before every computer has them).
   */
  #saveDocLater(): void {
    if (this.#docTimer || this.#closed || performance.now() - this.#docSavedAt < DOC_SAVE_EVERY_MS) return
    this.#docTimer = setTimeout(() => {
      this.#docTimer = null
      void this.#serial(() => this.#saveEngine()).catch((error: unknown) =>
        this.#o.log('sync: could not save the engine', error),
      )
    }, DOC_SAVE_QUIET_MS)
  }

  /** Saves the engine's document and, with it, what it holds of each computer. */
  async #saveEngine(): Promise<void> {
    if (!this.#doc || !this.#engine) return
    await mkdir(this.#engineDir, { recursive: true })
    const binSeq = this.#engine.seq
    const binSeen = { ...this.#engine.seen }
    await writeDurably(join(this.#engineDir, 'engine.bin'), await this.#doc.encode())
    this.#engine.binSeq = binSeq
    this.#engine.binSeen = binSeen
    this.#docSavedAt = performance.now()
    await this.#saveEngineFile()
  }

  async #saveEngineFile(): Promise<void> {
    await mkdir(this.#engineDir, { recursive: true })
    await writeDurably(join(this.#engineDir, 'engine.json'), JSON.stringify(this.#engine))
  }

  /** This computer's batches written after its saved document: read back, so nothing it wrote is written again as new. */
  async #readOwnSince(folder: string, engine: EngineFile): Promise<void> {
    const since = engine.binSeq ?? engine.seq
    const updates: Uint8Array[] = []
    for (const batch of await listBatches(folder, engine.device)) {
      if (batch.seq <= since || batch.seq > engine.seq) continue
      const read = await readBatch(folder, engine.device, batch.name)
      if ('payload' in read) updates.push(read.payload)
    }
    if (updates.length > 0) await this.#doc!.applyRemote(updates)
  }

  #problem(kind: SyncProblem['kind'], message: string, key: string = kind, keepSince = false): void {
    const since = keepSince
      ? (this.#problems.get(key)?.since ?? this.#o.clock.now().getTime())
      : this.#o.clock.now().getTime()
    this.#problems.set(key, { kind, message, ...(key !== kind ? { file: key } : {}), since })
  }

  #tell(): SyncStatus {
    const status = this.status()
    this.#o.emit(status)
    return status
  }

  /** One round at a time: a round started while another runs waits for it. */
  #serial(work: () => Promise<void>): Promise<void> {
    const next = this.#busy.then(work)
    this.#busy = next.catch(() => undefined)
    return next
  }

  #schedule(delayMs: number): void {
    if (this.#timer || this.#closed) return
    this.#timer = setTimeout(() => {
      this.#timer = null
      void this.syncNow().catch((error: unknown) => this.#o.log('sync: a round failed', error))
    }, delayMs)
  }

  #startTimers(): void {
    const config = this.#config
    if (!config || this.#closed) return
    this.#stopTimers()
    this.#rescan = setInterval(() => this.#schedule(0), this.#o.rescanMs)
    if (this.#o.watch) {
      try {
        this.#watcher = watch(join(config.folder, LIBRARY), { recursive: true }, () => this.#schedule(300))
        this.#watcher.on('error', () => undefined)
      } catch {
        // No watcher (the folder is not there yet, or the system has none): the rescan covers it.
      }
    }
  }

  #stopTimers(): void {
    if (this.#timer) clearTimeout(this.#timer)
    if (this.#docTimer) clearTimeout(this.#docTimer)
    this.#docTimer = null
    if (this.#rescan) clearInterval(this.#rescan)
    this.#watcher?.close()
    this.#timer = this.#rescan = null
    this.#watcher = null
  }
}

/** A file's size and time, to tell whether it changed; null when it cannot be read. */
async function statOf(path: string): Promise<string | null> {
  try {
    const found = await stat(path)
    return `${found.size}:${found.mtimeMs}`
  } catch {
    return null
  }
}

/** The items of a held batch, as the engine file keeps them. */
const heldItems = (engine: EngineFile): Touched =>
  new Map(Object.entries(engine.held).map(([name, keys]) => [name, new Set(keys)]))

const isBlocking = (problem: SyncProblem): boolean =>
  problem.kind !== 'file-incomplete' && problem.kind !== 'copied-profile'
