import { mkdir, rename, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { Low } from 'lowdb'
import { enablePatches, freeze, produceWithPatches } from 'immer'
import { freshState, SCHEMA_VERSION, type AppState } from '../../shared/model'
import type { Notice } from '../../shared/contract'
import { readBytesOrNull, removeStaleTemps } from './durable-file'
import { keepOlderVersion } from './older-version'
import { readState, StateFile } from './state-file'
import { listBackups, writeBackup } from './backups'
import { NewerVersionError } from './migrations'
import { ioReason } from '../io-reason'
import { recordsOf, type Change, type Origin } from '../../shared/changes/records'
import { currentOrigin } from './origin'
import { reconcile } from './reconcile'

enablePatches()

// The store's callers (tests, benches) read files the way the store does.
export { parseState, validateState } from './parse-state'

/** Name of the data file inside the data folder. */
export const DATA_FILE = 'groundwork-data.json'
/** Take a rotating backup at most this often while the data changes. */
const BACKUP_EVERY_MS = 60 * 60 * 1000

/** Told how the backups the store takes by itself go (start-up, hourly), since no caller awaits them. */
export interface BackupWatcher {
  /** A background backup into `folder` failed. */
  failed(error: unknown, folder: string): void
  /** A backup was written, so backups work (again). */
  succeeded(): void
}

const UNWATCHED: BackupWatcher = { failed: () => undefined, succeeded: () => undefined }

/** The state before and after a write, for listeners that need more than the records (both are frozen). */
export interface Around {
  before: AppState
  after: AppState
}

/** Hears every write's change records, in the order the writes happened. */
export type ChangeListener = (change: Change, around: Around) => void

interface Loaded {
  state: AppState
  notices: Notice[]
  /** The file's bytes when it loaded as is: they are already a valid backup, no need to re-encode. */
  bytes?: Buffer
  /** The data version the file was written in, when one was read. */
  fromVersion?: number
}

function describe(error: unknown): string {
  if (error instanceof NewerVersionError) return error.message
  const code = (error as NodeJS.ErrnoException).code
  if (code === 'EACCES' || code === 'EPERM') return 'The file could not be read (permission denied).'
  return error instanceof Error ? error.message : String(error)
}

/**
 * The single owner of the data file: lowdb over a durable adapter, with validation and
 * recovery on load, group commit on write, and rotating backups.
 */
export class DataStore {
  readonly path: string
  readonly backupsDir: string
  readonly #db: Low<AppState>
  #waiting: Array<{ resolve: () => void; reject: (error: unknown) => void }> = []
  #writing: Promise<void> | null = null
  #writes = 0
  #updates = 0
  #lastBackupAt = 0
  #changedSinceBackup = false
  #startupBackup: Promise<void> = Promise.resolve()
  /** The start-up backup, then each hourly one in turn: one at a time, and flush waits for them. */
  #backgroundBackups: Promise<void> = Promise.resolve()
  readonly #watcher: BackupWatcher
  readonly #listeners: ChangeListener[] = []
  readonly #listenerFailed: (error: unknown) => void
  /** Changes waiting to be told: a listener's own write is told after the change it follows. */
  readonly #untold: Array<{ change: Change; around: Around }> = []
  #telling = false

  private constructor(dir: string, state: AppState, watcher: BackupWatcher, listenerFailed: (error: unknown) => void) {
    this.path = join(dir, DATA_FILE)
    this.backupsDir = join(dir, 'backups')
    // Frozen: whoever reads the state can keep what they read; only update makes a new one.
    this.#db = new Low(new StateFile(this.path), freeze(state, true))
    this.#watcher = watcher
    this.#listenerFailed = listenerFailed
    // The hourly backup follows the changes like every other listener.
    this.subscribe(() => void (this.#changedSinceBackup = true))
  }

  /** Opens the data folder, recovering from a bad file; returns what the learner must be told. */
  static async open(
    dir: string,
    options: { backups?: BackupWatcher; listenerFailed?: (error: unknown) => void } = {},
  ): Promise<{ store: DataStore; notices: Notice[] }> {
    await mkdir(dir, { recursive: true }).catch((error: unknown) => {
      throw new Error(`Groundwork cannot use its data folder ${dir}: ${ioReason(error)}.`, { cause: error })
    })
    // A write killed mid-way leaves its temp file behind; the data file itself is whole.
    await removeStaleTemps(join(dir, DATA_FILE)).catch(() => undefined)
    const loaded = await DataStore.#load(dir)
    // A file of an older release is copied aside, durably, before anything is written in the new
    // format: the rotating backups would drop it after a while, and a downgrade needs it whole.
    if (loaded.bytes && loaded.fromVersion !== undefined && loaded.fromVersion < SCHEMA_VERSION) {
      await keepOlderVersion(join(dir, 'backups'), loaded.bytes, loaded.fromVersion).catch((error: unknown) => {
        throw new Error(
          `Groundwork could not keep a copy of your data file before upgrading it, so it left the file as it was: ${ioReason(error)}.`,
          { cause: error },
        )
      })
    }
    const store = new DataStore(
      dir,
      loaded.state,
      options.backups ?? UNWATCHED,
      options.listenerFailed ?? ((error) => console.error('A change listener failed', error)),
    )
    if (loaded.notices.length > 0) await store.#db.write()
    // The start-up backup runs beside the first screen instead of before it: on a large file,
    // reading the newest backup to compare is a fifth of the open. A failed one (disk full) does
    // not stop the app: the watcher hears of it, and the next change tries again.
    const bytes = loaded.notices.length === 0 && loaded.bytes ? loaded.bytes : Buffer.from(JSON.stringify(loaded.state))
    store.#startupBackup = store.#inBackground(() => store.#backupIfNew(bytes))
    store.#backgroundBackups = store.#startupBackup
    return { store, notices: loaded.notices }
  }

  static async #load(dir: string): Promise<Loaded> {
    const path = join(dir, DATA_FILE)
    try {
      const loaded = await readState(path)
      return loaded ? { ...loaded, notices: [] } : { state: freshState(), notices: [] }
    } catch (error) {
      const keptAt = await DataStore.#keepAside(path)
      const restored = await DataStore.#newestValidBackup(join(dir, 'backups'))
      const where = keptAt ? ` A copy of the bad file was kept at ${keptAt}.` : ''
      const from = restored
        ? `Your data was restored from the backup of ${restored.name}; changes after it may be missing.`
        : 'No usable backup was found, so Groundwork started with empty data.'
      return {
        state: restored?.state ?? freshState(),
        notices: [
          {
            id: `recovered-${Date.now()}`,
            level: 'warning',
            title: 'Your data file could not be loaded',
            message: `${describe(error)} ${from}${where}`,
            ...(keptAt ? { path: keptAt } : {}),
          },
        ],
      }
    }
  }

  /** Moves a bad file aside under a new name; never deletes it. */
  static async #keepAside(path: string): Promise<string | null> {
    const aside = path.replace(/\.json$/, `.unreadable-${new Date().toISOString().replace(/[-:.]/g, '')}.json`)
    try {
      await rename(path, aside)
      return aside
    } catch {
      return null
    }
  }

  static async #newestValidBackup(folder: string): Promise<{ name: string; state: AppState } | null> {
    for (const name of await listBackups(folder)) {
      try {
        const loaded = await readState(join(folder, name))
        if (loaded) return { name, state: loaded.state }
      } catch {
        // A bad backup is skipped; an older one may still be good.
      }
    }
    return null
  }

  /** The current state, frozen: change it only through `update`. */
  get state(): AppState {
    return this.#db.data
  }

  /** How many file writes have happened (group commit makes this far less than updates). */
  get writeCount(): number {
    return this.#writes
  }

  /** How many changes have been applied: a caller that saw the same count twice knows nothing changed between. */
  get updateCount(): number {
    return this.#updates
  }

  /**
   * Applies `change` to a draft of the state now (Immer), makes the result the state, tells the
   * listeners what changed and resolves once a write that includes it is on disk. Changes made
   * while a write is in flight are coalesced into the next write. `origin` defaults to the channel
   * being answered (see origin.ts).
   */
  update(change: (state: AppState) => void, origin: Origin = currentOrigin()): Promise<void> {
    const before = this.#db.data
    const [after, patches] = produceWithPatches(before, (draft) => {
      change(draft)
    })
    this.#db.data = after
    this.#updates += 1
    const done = new Promise<void>((resolve, reject) => this.#waiting.push({ resolve, reject }))
    if (patches.length > 0) {
      const restoring = origin.kind === 'channel' && origin.channel === 'trash:restore'
      this.#tell({ origin, records: recordsOf(patches, before, { restoring }) }, { before, after })
    }
    // Not while listeners are told: what they write in turn goes in the same save as the change.
    if (!this.#telling) this.#writing ??= this.#drain()
    return done
  }

  /** Adds a listener of every change from now on; returns the way to remove it. */
  subscribe(listener: ChangeListener): () => void {
    this.#listeners.push(listener)
    return () => void this.#listeners.splice(this.#listeners.indexOf(listener) >>> 0, 1)
  }

  /** Tells every listener of `change`; one that writes in turn is told of its own write after this one has gone round. */
  #tell(change: Change, around: Around): void {
    this.#untold.push({ change, around })
    if (this.#telling) return
    this.#telling = true
    try {
      for (let next = this.#untold.shift(); next; next = this.#untold.shift()) {
        for (const listener of [...this.#listeners]) {
          try {
            listener(next.change, next.around)
          } catch (error) {
            // The write stands (it is in the state and goes to disk); one listener failing must not stop the others.
            this.#listenerFailed(error)
          }
        }
      }
    } finally {
      this.#telling = false
      this.#untold.length = 0
    }
  }

  /** Resolves once everything changed so far, and the backups it started, are on disk. */
  async flush(): Promise<void> {
    while (this.#writing) await this.#writing.catch(() => undefined)
    await this.#backgroundBackups
  }

  /** Makes the state equal to `state` (import, restore), durably, writing only what differs. */
  replace(state: AppState, origin: Origin = currentOrigin()): Promise<void> {
    const base = this.#db.data
    return this.update((draft) => reconcile(draft, base, state), origin)
  }

  async #drain(): Promise<void> {
    while (this.#waiting.length > 0) {
      const batch = this.#waiting.splice(0)
      try {
        await this.#db.write()
        this.#writes += 1
        for (const waiter of batch) waiter.resolve()
      } catch (error) {
        for (const waiter of batch) waiter.reject(error)
      }
    }
    this.#writing = null
    // After the start-up backup and any hourly one still running: the hourly clock starts from them.
    this.#backgroundBackups = this.#backgroundBackups.then(() => this.#maybeBackup())
  }

  async #maybeBackup(): Promise<void> {
    if (this.#changedSinceBackup && Date.now() - this.#lastBackupAt >= BACKUP_EVERY_MS) {
      await this.#inBackground(() => this.backupNow())
    }
  }

  /** Runs a backup nobody awaits; a failure (disk full, folder gone) goes to the watcher, never unhandled. */
  async #inBackground(backup: () => Promise<unknown>): Promise<void> {
    try {
      await backup()
    } catch (error) {
      this.#watcher.failed(error, this.backupsDir)
    }
  }

  /** Start-up backup of `bytes` (the state as loaded): skipped when the newest backup already holds exactly them. */
  async #backupIfNew(bytes: Buffer): Promise<void> {
    const [newest] = await listBackups(this.backupsDir)
    // Comparing sizes first spares reading a large backup that cannot match; bytes compare without decoding.
    const path = newest ? join(this.backupsDir, newest) : null
    if (path && (await stat(path)).size === bytes.length && (await readBytesOrNull(path))?.equals(bytes)) return
    await this.#backUp(bytes)
  }

  /** Writes `data` as a new rotating backup and restarts the hourly clock from it; returns its path. */
  async #backUp(data: string | Buffer): Promise<string> {
    const path = await writeBackup(this.backupsDir, data)
    this.#lastBackupAt = Date.now()
    this.#changedSinceBackup = false
    this.#watcher.succeeded()
    return path
  }

  /** Resolves once the start-up backup and any hourly one are written (or found unneeded), so a backup list includes them. */
  backupsSettled(): Promise<void> {
    return this.#backgroundBackups
  }

  /** Writes the current (validated) state as a new rotating backup; returns its path. */
  async backupNow(): Promise<string> {
    await this.#startupBackup
    return this.#backUp(JSON.stringify(this.#db.data))
  }
}
