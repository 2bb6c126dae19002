import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DEFAULT_WINDOW, loadWindowState, parseWindowState, saveWindowState } from '../../../src/main/window-state'
import { tempDir } from '../../support/temp-dir'

let dir: string
let remove: () => Promise<void>
beforeEach(async () => ({ dir, remove } = await tempDir()))
afterEach(() => remove())

describe('the saved window state', () => {
  it('comes back as saved, and a first start gets the default size', async () => {
    const file = join(dir, 'window-state.json')
    expect(await loadWindowState(file)).toEqual(DEFAULT_WINDOW)
    await saveWindowState(file, { x: -20, y: 40, width: 1500, height: 900, maximized: true })
    expect(await loadWindowState(file)).toEqual({ x: -20, y: 40, width: 1500, height: 900, maximized: true })
  })

  it('falls back to the default size for a file that is not JSON, or not a window state', async () => {
    const file = join(dir, 'window-state.json')
    for (const text of ['{"width": 1500, "hei', 'null', '[]', '"wide"', '{"width": 1500}']) {
      await writeFile(file, text)
      expect(await loadWindowState(file)).toEqual(DEFAULT_WINDOW)
    }
  })

  it('refuses sizes out of range and positions or flags of the wrong type', () => {
    const valid = { width: 1200, height: 800 }
    expect(parseWindowState(valid)).toEqual({ width: 1200, height: 800, maximized: false })
    for (const bad of [
      { ...valid, width: 639 },
      { ...valid, height: 10001 },
      { ...valid, width: 1200.5 },
      { ...valid, height: '800' },
      { ...valid, x: 1.5 },
      { ...valid, y: null },
      { ...valid, x: Number.NaN },
      { ...valid, maximized: 'yes' },
    ]) {
      expect(parseWindowState(bad), JSON.stringify(bad)).toBeNull()
    }
  })
})
