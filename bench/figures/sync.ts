import { execFile } from 'node:child_process'
import { cp, readdir, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { monitorEventLoopDelay } from 'node:perf_hooks'
import type { Core } from '../../src/main/core'
import type { BenchContext, BenchModule } from '../lib/context'
import { openSettledCore } from '../lib/core'
import { formatBytes, median, timeMs } from '../lib/stats'
import { curriculumCards } from '../../src/shared/curriculum/cards'
import { defaultCurriculum } from '../../src/shared/curriculum/default'

const STATUSES = ['not-started', 'learning', 'done', 'skipped'] as const

/** Total bytes of the files under `dir`. */
async function bytesUnder(dir: string): Promise<number> {
  let total = 0
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += (await stat(join(entry.parentPath, entry.name))).size
  }
  return total
}

async function call(core: Core, wire: string, payload?: unknown): Promise<unknown> {
  const answer = await core.dispatch(wire, payload)
  if (!answer.ok) throw new Error(`${wire}: ${answer.error.message}`)
  return answer.value
}

/** One day of another computer's study: note saves (a word typed in a paragraph), reviews and status changes. */
async function studyDay(core: Core, day: number, sizes: { saves: number; reviews: number; statuses: number }) {
  const ids = Object.keys(core.store.state.notes)
  const cards = curriculumCards(defaultCurriculum()).map((card) => card.id)
  const skills = core.store.state.curriculum.skills.map((skill) => skill.id)
  const writes: Array<Promise<unknown>> = []
  for (let i = 0; i < sizes.saves; i += 1) {
    const id = ids[(day * 7919 + i * 104729) % ids.length]!
    writes.push(
      core.store.update((state) => {
        const note = state.notes[id]!
        const at = Math.floor(note.body.length / 2)
        note.body = `${note.body.slice(0, at)} d${day}w${i}${note.body.slice(at)}`
      }),
    )
  }
  for (let i = 0; i < sizes.reviews; i += 1)
    writes.push(call(core, 'review:rate', { cardId: cards[(day + i) % cards.length], grade: ((i % 4) + 1) as 1 }))
  for (let i = 0; i < sizes.statuses; i += 1)
    writes.push(
      call(core, 'skills:setStatus', { skillId: skills[(day + i) % skills.length], status: STATUSES[(day + i) % 4] }),
    )
  await Promise.all(writes)
}

async function twoComputers(ctx: BenchContext, name: string) {
  const a = await ctx.profileCopy(`${name}-a`)
  const bDir = await ctx.folder(`${name}-b`)
  await cp(a.path, join(bDir, 'groundwork-data.json'))
  const shared = await ctx.folder(`${name}-folder`)
  const laptop = await openSettledCore(a.dir)
  const desktop = await openSettledCore(bDir)
  const started = await timeMs(() => call(laptop, 'sync:start', { folder: shared, deviceName: 'Laptop' }))
  const joined = await timeMs(() => call(desktop, 'sync:start', { folder: shared, deviceName: 'Desktop' }))
  await laptop.sync.syncNow()
  return { laptop, desktop, shared, bytes: a.bytes, started, joined }
}

/** Figures 14a-c: merging a day of another computer's changes, the sync folder after a year, main's memory with sync on. */
export const syncBench: BenchModule = {
  name: 'sync',
  async run(ctx) {
    const { laptop, desktop, shared, bytes, started, joined } = await twoComputers(ctx, 'sync-day')
    try {
      ctx.report.info(
        'sync: start a library of 5,000 notes / join it',
        `${started.toFixed(0)} ms / ${joined.toFixed(0)} ms`,
      )
      const merges: number[] = []
      const saves: number[] = []
      const pauses: number[] = []
      const days = ctx.quick ? 1 : 3
      for (let day = 0; day < days; day += 1) {
        await studyDay(desktop, day, { saves: 2000, reviews: 200, statuses: 50 })
        await desktop.sync.syncNow()
        // How long main's event loop was held at a time while merging (IPC and saves wait that long).
        const delay = monitorEventLoopDelay({ resolution: 5 })
        delay.enable()
        merges.push(await timeMs(() => laptop.sync.syncNow()))
        delay.disable()
        pauses.push(delay.max / 1e6)
        const id = Object.keys(laptop.store.state.notes)[day]!
        for (let i = 0; i < 3; i += 1)
          saves.push(await timeMs(() => laptop.store.update((s) => void (s.notes[id]!.title = `Saved ${day}.${i}`))))
        const merged = laptop.sync.status().lastMerge
        if (!merged || merged.counts.reviews !== 200)
          throw new Error(`the day did not arrive whole: ${JSON.stringify(merged?.counts)}`)
      }
      const merge = median(merges)
      ctx.report.info('sync: longest pause of main while merging a day', `${Math.max(...pauses).toFixed(0)} ms`)
      const save = median(saves)
      ctx.report.figure({
        name: 'sync: merge a day of another computer (2,000 saves, 200 reviews, 50 statuses) / one durable save',
        value: merge / save,
        unit: 'x',
        target: 2,
        comparison: 'at-most',
        noisy: true,
        detail: `merge ${merge.toFixed(0)} ms, save ${save.toFixed(0)} ms of ${formatBytes(bytes)}, median of ${days}`,
      })

      // A year (a shorter one in the quick run) of study on the desktop, read by the laptop now and then.
      const year = ctx.quick ? 90 : 365
      for (let day = 0; day < year; day += 1) {
        await studyDay(desktop, 1000 + day, { saves: 40, reviews: 4, statuses: 1 })
        await desktop.sync.syncNow()
        if (day % 15 === 14) await laptop.sync.syncNow()
      }
      await laptop.sync.syncNow()
      await desktop.sync.syncNow()
      const dataBytes = (await stat(join(desktop.store.backupsDir, '..', 'groundwork-data.json'))).size
      const folderBytes = await bytesUnder(shared)
      ctx.report.figure({
        name: `sync: the sync folder after ${year} days of edits, with compaction / the data file`,
        value: folderBytes / dataBytes,
        unit: 'x',
        target: 3,
        comparison: 'at-most',
        noisy: false,
        detail: `${formatBytes(folderBytes)} folder, ${formatBytes(dataBytes)} data file; ${year} days of 40 saves, 4 reviews, 1 status`,
      })
    } finally {
      await laptop.close()
      await desktop.close()
    }

    const { dir, bytes: fileBytes } = await ctx.profileCopy('sync-memory')
    const folder = await ctx.folder('sync-memory-folder')
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--expose-gc', '--import', 'tsx', 'bench/figures/sync-memory-child.ts', dir, folder],
      { maxBuffer: 1 << 20 },
    )
    const { grown } = JSON.parse(stdout) as { grown: number }
    ctx.report.figure({
      name: 'sync: memory of main with sync on and 5,000 notes (heap + buffers / file size)',
      value: grown / fileBytes,
      unit: 'x',
      target: 3,
      comparison: 'at-most',
      noisy: false,
      detail: `${formatBytes(grown)} for a ${formatBytes(fileBytes)} file`,
    })
  },
}
