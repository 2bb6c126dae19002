import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { createRealApi } from '../../../support/real-api'
import { DATA_FILE } from '../../../../src/main/store/data-store'
import { appStateSchema, SCHEMA_VERSION } from '../../../../src/shared/model'

let real: Awaited<ReturnType<typeof createRealApi>>
beforeEach(async () => void (real = await createRealApi()))
afterEach(() => real.dispose())

const workspaceOnDisk = async (): Promise<unknown> =>
  (JSON.parse(await readFile(join(real.dataDir, DATA_FILE), 'utf8')) as { device: { workspace: unknown } }).device
    .workspace

describe('the workspace settings', () => {
  it('keep pane sizes per group, the note mode and the note order, each change leaving the others as they were', async () => {
    expect(
      await real.api.settings.setWorkspace({
        pane: { group: 'skills', layout: { 'skill-list': 20, 'skill-detail': 30, 'skill-notes': 50 } },
      }),
    ).toMatchObject({ ok: true })
    expect(await real.api.settings.setWorkspace({ noteMode: 'preview' })).toMatchObject({ ok: true })
    const answer = await real.api.settings.setWorkspace({
      noteSort: 'title',
      pane: { group: 'notes', layout: { 'note-list': 40, 'note-editor': 60 } },
    })
    const expected = {
      panes: {
        skills: { 'skill-list': 20, 'skill-detail': 30, 'skill-notes': 50 },
        notes: { 'note-list': 40, 'note-editor': 60 },
      },
      noteMode: 'preview',
      noteSort: 'title',
    }
    expect(answer).toMatchObject({ ok: true, value: { welcomeDone: false } })
    expect(answer.ok && answer.value.workspace).toEqual(expected)
    expect(await workspaceOnDisk()).toEqual(expected)
  })

  it('remember the view shown last, on its own or with another change', async () => {
    expect(await real.api.settings.setWorkspace({ view: 'frameworks' })).toMatchObject({
      ok: true,
      value: { workspace: { view: 'frameworks' } },
    })
    expect(await real.api.settings.setWorkspace({ noteMode: 'edit' })).toMatchObject({
      ok: true,
      value: { workspace: { view: 'frameworks', noteMode: 'edit' } },
    })
    expect(await workspaceOnDisk()).toMatchObject({ view: 'frameworks' })
  })

  it('refuses an unknown group, a size past 100%, an unknown mode and an empty change, and stores none of them', async () => {
    type Change = Parameters<typeof real.api.settings.setWorkspace>[0]
    const refused: Change[] = [
      { pane: { group: 'sidebar' as 'skills', layout: { a: 50 } } },
      { pane: { group: 'skills' as const, layout: { 'skill-list': 140 } } },
      { pane: { group: 'skills' as const, layout: { 'Bad Id': 10 } } },
      { noteMode: 'wide' as 'edit' },
      { view: 'settings' as 'skills' },
      {},
    ]
    for (const payload of refused)
      expect(await real.api.settings.setWorkspace(payload), JSON.stringify(payload)).toMatchObject({ ok: false })
    expect(real.core.store.state.device.workspace).toEqual({ panes: {}, noteMode: 'split', noteSort: 'created' })
  })

  it('start from defaults in a data file written before they existed', () => {
    const older = { schemaVersion: SCHEMA_VERSION, settings: { theme: 'dark' } }
    expect(appStateSchema.parse(older).settings).toEqual({ theme: 'dark' })
    expect(appStateSchema.parse(older).device).toEqual({
      workspace: { panes: {}, noteMode: 'split', noteSort: 'created' },
      welcomeDone: false,
      // Every reminder, the tray and opening at login start off.
      reminders: {
        enabled: false,
        kinds: { cardsDue: false, todayShare: false, streak: false },
        shareTime: '18:00',
        quiet: { on: false, from: '22:00', to: '08:00' },
        snoozeUntil: null,
        keepInTray: false,
        openAtLogin: false,
        offerAnswered: false,
        shown: {},
      },
    })
    expect(appStateSchema.parse({ schemaVersion: SCHEMA_VERSION }).device.workspace).toEqual({
      panes: {},
      noteMode: 'split',
      noteSort: 'created',
    })
  })
})

describe('the first start', () => {
  it('is answered once: welcomeDone is stored and kept', async () => {
    expect(await real.api.settings.setWelcomeDone()).toMatchObject({ ok: true, value: { welcomeDone: true } })
    const onDisk = JSON.parse(await readFile(join(real.dataDir, DATA_FILE), 'utf8')) as {
      device: { welcomeDone: boolean }
    }
    expect(onDisk.device.welcomeDone).toBe(true)
  })
})
