import { describe, expect, it } from 'vitest'
import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import type { Core } from '../../../../src/main/core'
import type { SyncStatus } from '../../../../src/shared/contract/sync'
import { withSyncComputers } from '../../../support/sync-computers'
import { answerOf } from '../../../support/dispatch-answer'

const sync = withSyncComputers()
const computer = async (): Promise<Core> => (await sync.computer()).core
const syncFolder = (): Promise<string> => sync.folder()

const start = (core: Core, folder: string, deviceName: string) =>
  answerOf<SyncStatus>(core, 'sync:start', { folder, deviceName })
const syncNow = (core: Core) => answerOf<SyncStatus>(core, 'sync:syncNow')
const noteBody = (core: Core, id: string) => core.store.state.notes[id]?.body

describe('two computers syncing through one folder', { timeout: 60_000 }, () => {
  it('a library started on one is joined by another: both end with the work of both', async () => {
    const folder = await syncFolder()
    const laptop = await computer()
    const desktop = await computer()
    const onLaptop = await answerOf<{ id: string }>(laptop, 'notes:create', {
      skillId: 'apis',
      title: 'REST',
      body: 'laptop words',
    })
    await answerOf(laptop, 'skills:setStatus', { skillId: 'apis', status: 'learning' })
    const onDesktop = await answerOf<{ id: string }>(desktop, 'notes:create', {
      skillId: 'databases',
      title: 'Indexes',
      body: 'desktop words',
    })

    const first = await start(laptop, folder, 'Laptop')
    expect(first.state).toBe('idle')
    const joined = await start(desktop, folder, 'Desktop')
    expect(joined.devices.map((d) => d.name).sort()).toEqual(['Desktop', 'Laptop'])
    await syncNow(laptop)

    for (const core of [laptop, desktop]) {
      expect(noteBody(core, onLaptop.id)).toBe('laptop words')
      expect(noteBody(core, onDesktop.id)).toBe('desktop words')
      expect(core.store.state.skills['apis']?.status).toBe('learning')
    }
    // Each computer wrote only in its own folder.
    const devices = await readdir(join(folder, 'groundwork-sync', 'devices'))
    expect(devices.sort()).toEqual([laptop.sync.status().deviceId, desktop.sync.status().deviceId].sort())
  })

  it('the same note edited on both while apart keeps both edits; search and history follow', async () => {
    const folder = await syncFolder()
    const laptop = await computer()
    const desktop = await computer()
    const { id } = await answerOf<{ id: string }>(laptop, 'notes:create', {
      skillId: 'apis',
      title: 'Caching',
      body: 'Intro line.\n\nMiddle line.\n\nLast line.',
    })
    await start(laptop, folder, 'Laptop')
    await start(desktop, folder, 'Desktop')
    expect(noteBody(desktop, id)).toBe('Intro line.\n\nMiddle line.\n\nLast line.')

    await answerOf(laptop, 'notes:save', { id, body: 'Intro line LAPTOPWORD.\n\nMiddle line.\n\nLast line.' })
    await answerOf(desktop, 'notes:save', { id, body: 'Intro line.\n\nMiddle line.\n\nLast line DESKTOPWORD.' })
    await syncNow(laptop)
    await syncNow(desktop)
    await syncNow(laptop)

    const merged = 'Intro line LAPTOPWORD.\n\nMiddle line.\n\nLast line DESKTOPWORD.'
    expect(noteBody(laptop, id)).toBe(merged)
    expect(noteBody(desktop, id)).toBe(merged)
    const hits = await answerOf<{ notes: Array<{ id: string }> }>(desktop, 'search:query', { text: 'LAPTOPWORD' })
    expect(JSON.stringify(hits)).toContain(id)
    const history = await answerOf<{ versions: Array<{ body: string }> }>(desktop, 'notes:history', { id })
    expect(history.versions.some((v) => v.body.includes('DESKTOPWORD') && !v.body.includes('LAPTOPWORD'))).toBe(true)
    const summary = desktop.sync.status().lastMerge
    expect(summary?.from).toEqual(['Laptop'])
    expect(summary?.counts.notes).toBe(1)
  })

  it('the study plan’s options set on one computer reach the other', async () => {
    const folder = await syncFolder()
    const laptop = await computer()
    const desktop = await computer()
    await start(laptop, folder, 'Laptop')
    await start(desktop, folder, 'Desktop')
    await answerOf(laptop, 'plan:setOptions', { hoursPerWeek: 7.5, studyDays: [1, 3, 5] })
    await answerOf(laptop, 'plan:setEffort', { skillId: 'apis', subtopicId: 'rest-design', minutes: 120 })
    await syncNow(laptop)
    await syncNow(desktop)
    expect(desktop.store.state.plan.hoursPerWeek).toBe(7.5)
    expect(desktop.store.state.plan.studyDays).toEqual([1, 3, 5])
    expect(desktop.store.state.plan.efforts).toEqual({ apis: { 'rest-design': 120 } })
  })
})
