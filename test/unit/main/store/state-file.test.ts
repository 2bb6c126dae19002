import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { Low } from 'lowdb'
import { StateFile } from '../../../../src/main/store/state-file'
import { freshState, type AppState } from '../../../../src/shared/model'
import { tempDir } from '../../../support/temp-dir'

let temp: Awaited<ReturnType<typeof tempDir>>
beforeEach(async () => (temp = await tempDir()))
afterEach(() => temp.remove())

describe('StateFile, the lowdb adapter over the data file', () => {
  it('is what lowdb reads and writes through, typed as the app state', async () => {
    const path = join(temp.dir, 'data.json')
    const db = new Low<AppState>(new StateFile(path), freshState())
    db.data.settings.theme = 'dark'
    await db.write()
    expect(JSON.parse(await readFile(path, 'utf8'))).toEqual(JSON.parse(JSON.stringify(db.data)))
    const again = new Low<AppState>(new StateFile(path), freshState())
    await again.read()
    expect(again.data.settings.theme).toBe('dark')
  })

  it('reads a missing file as null and a bad one as a readable error', async () => {
    const path = join(temp.dir, 'data.json')
    expect(await new StateFile(path).read()).toBeNull()
    await writeFile(path, '{"schemaVersion":1,"skills":{"apis":{"status":"mastered"}}}')
    await expect(new StateFile(path).read()).rejects.toThrow(/expected shape \(skills\.apis\.status/)
  })
})
