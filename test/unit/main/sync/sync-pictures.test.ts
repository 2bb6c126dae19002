import { describe, expect, it } from 'vitest'
import { readdir, readFile, rename, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Core } from '../../../../src/main/core'
import type { SyncStatus } from '../../../../src/shared/contract/sync'
import { picturesDir } from '../../../../src/main/sync/sync-pictures'
import { withSyncComputers } from '../../../support/sync-computers'
import { answerOf } from '../../../support/dispatch-answer'
import { addPicture } from '../../../support/pictures'
import { pngBytes } from '../../../support/png'

const sync = withSyncComputers()
const computer = async (): Promise<Core> => (await sync.computer()).core
const start = (core: Core, folder: string, deviceName: string) =>
  answerOf<SyncStatus>(core, 'sync:start', { folder, deviceName })
const syncNow = (core: Core) => answerOf<SyncStatus>(core, 'sync:syncNow')
const stored = async (core: Core): Promise<string[]> => readdir(core.attachments.folder).catch(() => [])

describe('pictures through a sync folder', { timeout: 60_000 }, () => {
  it('a picture added on one computer appears as a file on the other, and its note points at it', async () => {
    const folder = await sync.folder()
    const laptop = await computer()
    const desktop = await computer()
    await start(laptop, folder, 'Laptop')
    await start(desktop, folder, 'Desktop')

    const picture = await addPicture(laptop, pngBytes('er diagram'), 'er diagram.png')
    const { id } = await answerOf<{ id: string }>(laptop, 'notes:create', {
      skillId: 'databases',
      title: 'Schema',
      body: `Tables:\n\n${picture.markdown}`,
    })
    await syncNow(laptop)
    // The picture went into the library as a file named by its content.
    expect(await readdir(picturesDir(folder))).toEqual([picture.name])

    await syncNow(desktop)
    expect(desktop.store.state.notes[id]?.body).toContain(`(attachments/${picture.name})`)
    expect(await stored(desktop)).toEqual([picture.name])
    expect(await readFile(join(desktop.attachments.folder, picture.name))).toEqual(pngBytes('er diagram'))
    const read = await answerOf<{ dataBase64: string }>(desktop, 'attachments:read', { name: picture.name })
    expect(Buffer.from(read.dataBase64, 'base64')).toEqual(pngBytes('er diagram'))
  })

  it('a picture still arriving waits for the next round; one that never matches its name is never used', async () => {
    const folder = await sync.folder()
    const laptop = await computer()
    const desktop = await computer()
    await start(laptop, folder, 'Laptop')
    await start(desktop, folder, 'Desktop')
    const picture = await addPicture(laptop, pngBytes('sequence'))
    await answerOf(laptop, 'notes:create', { skillId: 'apis', title: 'Calls', body: picture.markdown })
    await syncNow(laptop)

    // The sync tool has brought the note's batch but only half of the picture so far.
    const inLibrary = join(picturesDir(folder), picture.name)
    const whole = await readFile(inLibrary)
    await rename(inLibrary, `${inLibrary}.whole`)
    await writeFile(inLibrary, whole.subarray(0, whole.length - 4))
    await syncNow(desktop)
    expect(await stored(desktop)).toEqual([])

    await rename(`${inLibrary}.whole`, inLibrary)
    await syncNow(desktop)
    expect(await stored(desktop)).toEqual([picture.name])
  })

  it('a picture the other computer already has is not written again; both end with the pictures of both', async () => {
    const folder = await sync.folder()
    const laptop = await computer()
    const desktop = await computer()
    const fromLaptop = await addPicture(laptop, pngBytes('laptop'))
    const shared = await addPicture(laptop, pngBytes('both'))
    await addPicture(desktop, pngBytes('both'))
    const fromDesktop = await addPicture(desktop, pngBytes('desktop'))
    await answerOf(laptop, 'notes:create', {
      skillId: 'apis',
      title: 'L',
      body: `${fromLaptop.markdown} ${shared.markdown}`,
    })
    await answerOf(desktop, 'notes:create', {
      skillId: 'apis',
      title: 'D',
      body: `${fromDesktop.markdown} ${shared.markdown}`,
    })
    await start(laptop, folder, 'Laptop')
    await start(desktop, folder, 'Desktop')
    await syncNow(laptop)

    const all = [fromLaptop.name, shared.name, fromDesktop.name].sort()
    expect((await readdir(picturesDir(folder))).sort()).toEqual(all)
    expect((await stored(laptop)).sort()).toEqual(all)
    expect((await stored(desktop)).sort()).toEqual(all)
  })
})
