import { describe, expect, it } from 'vitest'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { DATA_FILE } from '../../../../src/main/store/data-store'
import { isDeviceOnly, type Change } from '../../../../src/shared/changes/records'
import { withCore } from '../../../support/with-core'

describe("this computer's own part of the state", () => {
  const test = withCore()

  it('takes the workspace and the first-start flag out of the settings of an older file, losing neither', async () => {
    await test.core.store.update((state) => void (state.settings.theme = 'dark'))
    await test.core.close()
    const path = join(test.dir, DATA_FILE)
    const file = JSON.parse(await readFile(path, 'utf8')) as Record<string, unknown>
    delete file.device
    file.settings = {
      theme: 'dark',
      welcomeDone: true,
      workspace: { noteMode: 'preview', panes: {}, noteSort: 'title', view: 'levels' },
    }
    await writeFile(path, JSON.stringify(file))
    const core = await test.restart()
    expect(core.store.state.settings).toEqual({ theme: 'dark' })
    expect(core.store.state.device).toMatchObject({
      welcomeDone: true,
      workspace: { noteMode: 'preview', noteSort: 'title', view: 'levels' },
    })
  })

  it('is written as device records, which a sync can tell from the learner’s work', async () => {
    const told: Change[] = []
    test.core.store.subscribe((change) => told.push(change))
    await test.ok('settings:setWorkspace', { view: 'review' })
    await test.ok('settings:setTheme', { theme: 'light' })
    const [workspace, theme] = told.map((change) => change.records)
    expect(workspace?.every(isDeviceOnly)).toBe(true)
    expect(theme?.some(isDeviceOnly)).toBe(false)
  })
})
