import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import type { BenchModule } from '../lib/context'
import { formatBytes } from '../lib/stats'

interface Sample {
  heap: number
  external: number
}

/** Figure 4: memory the main handlers hold with the 5,000-note profile loaded, against the file's size. */
export const memoryBench: BenchModule = {
  name: 'memory',
  async run(ctx) {
    const { dir, bytes } = await ctx.profileCopy('memory')
    // A child process, so nothing else this bench holds is counted.
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--expose-gc', '--import', 'tsx', 'bench/figures/memory-child.ts', dir],
      { maxBuffer: 1 << 20 },
    )
    const { before, loaded, saved } = JSON.parse(stdout) as { before: Sample; loaded: Sample; saved: Sample }
    const grown = (after: Sample): { heap: number; total: number } => ({
      heap: after.heap - before.heap,
      total: after.heap + after.external - before.heap - before.external,
    })
    const afterLoad = grown(loaded)
    const afterSave = grown(saved)
    ctx.report.info('file size', formatBytes(bytes))
    ctx.report.info(
      'heap after load',
      `${formatBytes(afterLoad.heap)} (${(afterLoad.heap / bytes).toFixed(2)}x), heap + buffers ${formatBytes(afterLoad.total)}`,
    )
    ctx.report.info(
      'heap after one save',
      `${formatBytes(afterSave.heap)}, heap + buffers ${formatBytes(afterSave.total)}`,
    )
    ctx.report.figure({
      name: 'memory of main with 5,000 notes (heap + buffers after a save / file size)',
      value: Math.max(afterLoad.total, afterSave.total) / bytes,
      unit: 'x',
      target: 3,
      comparison: 'at-most',
      noisy: false,
    })
  },
}
