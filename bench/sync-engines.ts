import { execFile } from 'node:child_process'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { DATA_FILE, DataStore } from '../src/main/store/data-store'
import type { AppState } from '../src/shared/model'
import { seededRandom } from '../test/support/seeded-random'
import { generateProfile, YEARS_OF_NOTES } from './profile'
import type { BenchContext, BenchModule } from './lib/context'
import { automergeEngine, ENGINES, yjsEngine, type SyncEngine, type SyncReplica } from './lib/sync-engines'
import { BUSY_DAY, makeDay, ORDINARY_DAY, type DayMix } from './lib/sync-workload'
import { formatBytes, median, timeMs } from './lib/stats'

/** One size the engines are compared at. */
interface Scale {
  label: string
  notes: number
  /** The day merged into a second replica (the day, scaled with the notes). */
  day: DayMix
  /** One ordinary day of the simulated year, and how many of them. */
  yearDay: DayMix
  days: number
  engines: readonly SyncEngine[]
}

/** What one engine measured at one scale. */
interface Row {
  build: number
  snapshotMs: number
  snapshot: number
  load: number
  local: number
  updates: number
  merge: number
  memory: { heap: number; total: number; rss: number }
  paragraphs: boolean
  /** The compacted snapshots after the simulated year, and the data file then; none when it was not run. */
  year?: { snapshot: number; shallow?: number; file: number }
}

const scaled = (mix: DayMix, factor: number): DayMix => ({
  saves: Math.round(mix.saves * factor),
  reviews: Math.round(mix.reviews * factor),
  statuses: Math.max(1, Math.round(mix.statuses * factor)),
  newNotes: Math.round(mix.newNotes * factor),
  sessions: Math.round(mix.sessions * factor),
})

/** Every engine on a tenth of the profile; the day and the year's edits a tenth too, so each note sees as many. */
function tenth(days: number): Scale {
  return {
    label: 'a tenth of the profile (500 notes; the day and each day of the year a tenth as big)',
    notes: 500,
    day: scaled(BUSY_DAY, 0.1),
    yearDay: scaled(ORDINARY_DAY, 0.1),
    days,
    engines: ENGINES,
  }
}

/**
 * Automerge 3.5 is left out of the whole profile: building it took 107 s there, and merging the
 * day ran out of WebAssembly memory (see bench/README.md). The quick run keeps only Yjs, the
 * engine the app syncs with: Loro's snapshot alone takes 4-9 s at this size.
 */
function whole(days: number, quick: boolean): Scale {
  return {
    label: 'the 5,000-note profile',
    notes: YEARS_OF_NOTES.notes,
    day: BUSY_DAY,
    yearDay: ORDINARY_DAY,
    days,
    engines: quick ? [yjsEngine] : ENGINES.filter((engine) => engine !== automergeEngine),
  }
}

/** Median ms of one durable store write of `state`'s data file (what a merge ends in anyway). */
async function durableSave(ctx: BenchContext, name: string, state: AppState, rounds: number): Promise<number> {
  const dir = await ctx.folder(name)
  await writeFile(join(dir, DATA_FILE), JSON.stringify(state))
  const { store } = await DataStore.open(dir)
  await store.backupsSettled()
  const noteId = Object.keys(store.state.notes)[0] ?? ''
  const samples: number[] = []
  for (let i = 0; i <= rounds; i += 1) {
    const at = new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString()
    const ms = await timeMs(() => store.update((s) => void (s.notes[noteId]!.updatedAt = at)))
    if (i > 0) samples.push(ms)
  }
  await store.backupsSettled()
  return median(samples)
}

/** Memory a replica loaded from `snapshot` adds, in a child process so nothing else is counted. */
async function replicaMemory(ctx: BenchContext, engine: SyncEngine, snapshot: Uint8Array): Promise<Row['memory']> {
  const file = join(await ctx.folder('sync-engines'), `${engine.name.replace(/\W/g, '')}.snapshot`)
  await writeFile(file, snapshot)
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', 'bench/sync-engines-memory.ts', engine.name, file],
    { maxBuffer: 1 << 20 },
  )
  return JSON.parse(stdout) as Row['memory']
}

/** Two computers edit different paragraphs of one real note offline; both must keep their words. */
function paragraphsKept(engine: SyncEngine, state: AppState): boolean {
  const note = Object.values(state.notes).find((item) => item.body.split('\n\n').length >= 4)
  if (!note) throw new Error('no note with four paragraphs')
  const base = engine.build({ ...state, notes: { [note.id]: note } })
  const snapshot = base.snapshot()
  base.free()
  const [laptop, desktop] = [engine.load(snapshot), engine.load(snapshot)] as [SyncReplica, SyncReplica]
  const edit = (at: number, word: string): string => {
    const paragraphs = note.body.split('\n\n')
    paragraphs[at] = `${paragraphs[at]} ${word}`
    return paragraphs.join('\n\n')
  }
  laptop.apply({ kind: 'note', note: { ...note, body: edit(1, 'laptopword') } })
  desktop.apply({ kind: 'note', note: { ...note, body: edit(3, 'desktopword') } })
  const fromLaptop = laptop.takeUpdates()
  laptop.merge(desktop.takeUpdates())
  desktop.merge(fromLaptop)
  const [a, b] = [laptop.body(note.id) ?? '', desktop.body(note.id) ?? '']
  laptop.free()
  desktop.free()
  return a === b && a.includes(' laptopword') && a.includes(' desktopword')
}

async function measureEngine(ctx: BenchContext, engine: SyncEngine, scale: Scale, state: AppState): Promise<Row> {
  const rounds = ctx.quick ? 1 : 3
  let replica: SyncReplica | undefined
  const build = await timeMs(() => (replica = engine.build(state)))
  const built = replica!
  let snapshot: Uint8Array = new Uint8Array()
  const snapshotMs = await timeMs(() => (snapshot = built.snapshot()))
  const loads: number[] = []
  for (let i = 0; i < rounds; i += 1) {
    let loaded: SyncReplica | undefined
    loads.push(await timeMs(() => (loaded = engine.load(snapshot))))
    loaded?.free()
  }
  // The other computer's day, made on the built replica, then merged into replicas of the snapshot.
  const after = structuredClone(state)
  const day = makeDay(after, seededRandom(YEARS_OF_NOTES.seed), scale.day, 0)
  const local = await timeMs(() => day.forEach((op) => built.apply(op)))
  const updates = built.takeUpdates()
  const merges: number[] = []
  for (let i = 0; i < rounds; i += 1) {
    const other = engine.load(snapshot)
    merges.push(await timeMs(() => other.merge(updates)))
    const wrong = Object.keys(after.notes).find((id) => other.body(id) !== after.notes[id]!.body)
    other.free()
    if (wrong) throw new Error(`${engine.name}: note ${wrong} differs after the merge`)
  }
  const memory = await replicaMemory(ctx, engine, snapshot)
  // The year goes on from the day, on the same replica; compaction is one snapshot written anew.
  const random = seededRandom(YEARS_OF_NOTES.seed + 1)
  for (let day = 1; day <= scale.days; day += 1) {
    for (const op of makeDay(after, random, scale.yearDay, day)) built.apply(op)
    built.takeUpdates()
  }
  const year =
    scale.days > 0
      ? {
          snapshot: built.snapshot().byteLength,
          shallow: built.shallowSnapshot?.().byteLength,
          file: Buffer.byteLength(JSON.stringify(after)),
        }
      : undefined
  built.free()
  return {
    build,
    snapshotMs,
    snapshot: snapshot.byteLength,
    load: median(loads),
    local,
    updates: updates.reduce((sum, update) => sum + update.byteLength, 0),
    merge: median(merges),
    memory,
    paragraphs: paragraphsKept(engine, state),
    year,
  }
}

const ms = (value: number): string => `${value.toFixed(0)} ms`
const times = (value: number): string => `${value.toFixed(2)}x`

/** Prints the engine × measure table of one scale, measures as lines and engines as columns. */
function printTable(ctx: BenchContext, scale: Scale, file: number, save: number, rows: Map<string, Row>): void {
  const names = [...rows.keys()]
  const line = (label: string, cell: (row: Row) => string): void =>
    ctx.report.info(label.padEnd(48), names.map((name) => cell(rows.get(name)!).padEnd(26)).join(''))
  ctx.report.info(`sync engines on ${scale.label}`, `data file ${formatBytes(file)}, durable save ${ms(save)}`)
  ctx.report.info('measure'.padEnd(48), names.map((name) => name.padEnd(26)).join(''))
  line('build from the state', (row) => ms(row.build))
  line('encode a snapshot', (row) => ms(row.snapshotMs))
  line('snapshot size (/ data file)', (row) => `${formatBytes(row.snapshot)} (${times(row.snapshot / file)})`)
  line('load a replica from it', (row) => ms(row.load))
  line(
    'replica memory: heap+external, rss',
    (row) => `${formatBytes(row.memory.total)}, ${formatBytes(row.memory.rss)}`,
  )
  const ops = scale.day.saves + scale.day.reviews + scale.day.statuses
  line(`day (${ops} changes) made locally`, (row) => ms(row.local))
  line('day as updates, one per change', (row) => formatBytes(row.updates))
  line('merge the day (/ durable save, target 2x)', (row) => `${ms(row.merge)} (${times(row.merge / save)})`)
  line('two paragraphs edited apart both kept', (row) => (row.paragraphs ? 'yes' : 'NO'))
  if (scale.days === 0) return
  const ofFile = (bytes: number | undefined, file: number): string =>
    bytes === undefined ? '-' : `${formatBytes(bytes)} (${times(bytes / file)})`
  const { saves, reviews, newNotes, sessions } = scale.yearDay
  ctx.report.info(
    `then ${scale.days} days, each of`,
    `${saves} note saves, ${reviews} reviews, ${newNotes} new notes, ${sessions} sessions, ${scale.yearDay.statuses} status`,
  )
  line('data file at the end', (row) => formatBytes(row.year?.file ?? 0))
  line('  compacted snapshot (/ file)', (row) => ofFile(row.year?.snapshot, row.year?.file ?? 1))
  // Each computer writes only its own files, so a folder of two holds two snapshots.
  line("  two computers' snapshots (/ file, target 3x)", (row) =>
    ofFile(row.year && 2 * row.year.snapshot, row.year?.file ?? 1),
  )
  line('  shallow snapshot, no history (/ file)', (row) => ofFile(row.year?.shallow, row.year?.file ?? 1))
}

async function compare(ctx: BenchContext, scale: Scale): Promise<void> {
  const state = generateProfile({ ...YEARS_OF_NOTES, notes: scale.notes })
  const file = Buffer.byteLength(JSON.stringify(state))
  const save = await durableSave(ctx, `sync-engines-save-${scale.notes}`, state, ctx.quick ? 3 : 7)
  const rows = new Map<string, Row>()
  for (const engine of scale.engines) {
    ;(globalThis as { gc?: () => void }).gc?.()
    rows.set(engine.name, await measureEngine(ctx, engine, scale, state))
  }
  printTable(ctx, scale, file, save, rows)
}

/**
 * The measured comparison of the CRDT engines issue 28 names, on our own data: printed, with no
 * target of its own (the app's sync engine gets its figures where it is built).
 */
export const syncEnginesBench: BenchModule = {
  name: 'sync-engines',
  async run(ctx) {
    // Quick: Yjs alone on the whole profile, the year only on the tenth and a fifth of it (73 days).
    await compare(ctx, whole(ctx.quick ? 0 : 365, ctx.quick))
    await compare(ctx, tenth(ctx.quick ? 73 : 365))
  },
}
