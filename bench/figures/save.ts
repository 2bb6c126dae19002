import { open, rename, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { DATA_FILE, DataStore } from '../../src/main/store/data-store'
import { generateProfile } from '../profile'
import type { BenchContext, BenchModule } from '../lib/context'
import { interleaved, median, formatBytes, timeMs } from '../lib/stats'

/** The plain way to replace a file safely: temp file, fsync, rename (optionally fsync the folder too). */
async function plainWrite(path: string, text: string, syncFolder = false): Promise<void> {
  const temp = `${path}.tmp`
  const handle = await open(temp, 'w')
  try {
    await handle.writeFile(text)
    await handle.sync()
  } finally {
    await handle.close()
  }
  await rename(temp, path)
  if (!syncFolder) return
  const folder = await open(dirname(path), 'r')
  await folder.sync()
  await folder.close()
}

async function measure(ctx: BenchContext, label: string, notes: number): Promise<void> {
  const dir = await ctx.folder(`save-${label}`)
  const state = generateProfile({ notes, seed: 7, meanBodyChars: 3900 })
  await writeFile(join(dir, DATA_FILE), JSON.stringify(state))
  const { store } = await DataStore.open(dir)
  const text = JSON.stringify(store.state)
  const plainPath = join(dir, 'plain.json')
  const noteId = Object.keys(store.state.notes)[0] ?? ''
  let tick = 0
  // A same-size edit, so every write carries the full file of the target size.
  const storeWrite = (): Promise<number> =>
    timeMs(() =>
      store.update(
        (s) => void (s.notes[noteId]!.updatedAt = new Date(Date.UTC(2025, 0, 1, 0, 0, tick++ % 60)).toISOString()),
      ),
    )
  const plain = (): Promise<number> => timeMs(() => plainWrite(plainPath, text))
  const rounds = ctx.quick ? (notes > 100 ? 7 : 61) : notes > 100 ? 21 : 201
  const samples = await interleaved(rounds, storeWrite, plain)
  const a = median(samples.a)
  const b = median(samples.b)
  ctx.report.figure({
    name: `save ${label} (store write / temp+fsync+rename)`,
    value: a / b,
    unit: 'x',
    target: 1.5,
    comparison: 'at-most',
    noisy: true,
    detail: `${formatBytes(Buffer.byteLength(text))}: store ${a.toFixed(1)} ms, plain ${b.toFixed(1)} ms, median of ${rounds}`,
  })
  // The store also fsyncs the folder so the rename itself survives a power cut; the plain
  // baseline does not. This second ratio shows what is left once both pay for that.
  const same = await interleaved(rounds, storeWrite, () => timeMs(() => plainWrite(plainPath, text, true)))
  ctx.report.info(
    `save ${label} vs temp+fsync+rename+fsync folder`,
    `${(median(same.a) / median(same.b)).toFixed(2)}x (store ${median(same.a).toFixed(1)} ms, plain ${median(same.b).toFixed(1)} ms)`,
  )
}

/** Figure 2a: one durable store write against the plain safe write of the same bytes. */
export const saveBench: BenchModule = {
  name: 'save',
  async run(ctx) {
    await measure(ctx, '100 KB', 25)
    await measure(ctx, '10 MB', 2450)
  },
}
