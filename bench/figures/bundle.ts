import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { RENDERER_DIR } from '../../test/e2e/harness'
import type { BenchModule } from '../lib/context'
import { initialScripts } from '../lib/initial-scripts'
import { formatBytes } from '../lib/stats'

/** Figure 1b: gzipped JavaScript needed for first paint, with every chunk's size printed. */
export const bundleBench: BenchModule = {
  name: 'bundle',
  async run(ctx) {
    const html = await readFile(join(RENDERER_DIR, 'index.html'), 'utf8')
    const initial = initialScripts(html)
    let total = 0
    for (const file of initial) {
      const body = await readFile(join(RENDERER_DIR, file))
      const gz = gzipSync(body).length
      total += gz
      ctx.report.info(`initial ${file}`, `${formatBytes(body.length)} raw, ${formatBytes(gz)} gzipped`)
    }
    const lazy = (await readdir(join(RENDERER_DIR, 'assets'))).filter(
      (name) => name.endsWith('.js') && !initial.includes(`assets/${name}`),
    )
    for (const name of lazy.sort()) {
      const body = await readFile(join(RENDERER_DIR, 'assets', name))
      ctx.report.info(`lazy ${name}`, `${formatBytes(body.length)} raw, ${formatBytes(gzipSync(body).length)} gzipped`)
    }
    // Electron-only start parts: the preload runs before every page start (it carries the
    // contract's names, not its schemas), and the main entry before the window (its data code is
    // a chunk loaded after).
    for (const file of ['preload/index.cjs', 'main/index.js']) {
      ctx.report.info(file, `${formatBytes((await readFile(join(RENDERER_DIR, '..', file))).length)} raw`)
    }
    ctx.report.figure({
      name: 'initial JavaScript for first paint (gzipped)',
      value: total / 1024,
      unit: 'KB',
      target: 100,
      comparison: 'at-most',
      noisy: false,
      detail: `${initial.length} files`,
    })
  },
}
