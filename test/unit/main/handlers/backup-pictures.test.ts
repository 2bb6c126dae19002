import { afterEach, describe, expect, it, vi } from 'vitest'
import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join, sep } from 'node:path'
import { createCore, type Core } from '../../../../src/main/core'
import type { Notice } from '../../../../src/shared/contract'
import { PICTURES_LEFT_OUT_NOTICE } from '../../../../src/main/handlers/backup'
import { answerOf } from '../../../support/dispatch-answer'
import { addPicture } from '../../../support/pictures'
import { pngBytes } from '../../../support/png'
import { tempDir } from '../../../support/temp-dir'
import { testServices } from '../../../support/test-services'
import { testClock } from '../../../support/test-clock'

// Only new files in an attachments folder hit the full disk: the data file itself still saves.
const faults = vi.hoisted(() => ({ diskFull: false }))
vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>()
  const { openOnFullDisk } = await import('../../../support/faults')
  const open = openOnFullDisk(real.open, (path) => faults.diskFull && path.includes(`${sep}attachments${sep}`))
  return { ...real, default: { ...real, open }, open }
})

const cleanups: Array<() => Promise<void>> = []
afterEach(async () => {
  for (const clean of cleanups.splice(0).reverse()) await clean()
})

/** A profile: a real core over a fresh data folder; `open` answers its next open dialogs. */
async function profile(): Promise<{ core: Core; dir: string; open: string[]; notices: Notice[] }> {
  const temp = await tempDir()
  const open: string[] = []
  const core = await createCore({
    dataDir: temp.dir,
    services: testServices(temp.dir, open),
    log: () => undefined,
    checkResponses: true,
    clock: testClock(),
  })
  const notices: Notice[] = []
  core.setEmitter((event, payload) => void (event === 'notice' && notices.push(payload as Notice)))
  cleanups.push(async () => {
    await core.close()
    await temp.remove()
  })
  return { core, dir: temp.dir, open, notices }
}

/** Chooses `path` as the backup to import and confirms the preview. */
async function restore(into: Awaited<ReturnType<typeof profile>>, path: string) {
  into.open.push(path)
  const { token } = await answerOf<{ token: string }>(into.core, 'backup:chooseImport')
  return answerOf<{ kind: string }>(into.core, 'imports:confirm', { token })
}

const exportBackup = async (core: Core): Promise<string> =>
  (await answerOf<{ path: string }>(core, 'backup:exportJson')).path
const storedIn = async (core: Core): Promise<string[]> =>
  (await readdir(core.attachments.folder).catch(() => [] as string[])).sort()

describe('a backup carries the pictures', () => {
  it('two pictures restored into a fresh profile: both files are there and the notes show them', async () => {
    const home = await profile()
    const shown = await addPicture(home.core, pngBytes('shown in a note'), 'query plan.png')
    const trashed = await addPicture(home.core, pngBytes('in the trash'), 'old sketch.png')
    const unused = await addPicture(home.core, pngBytes('named by nothing'))
    const { id } = await answerOf<{ id: string }>(home.core, 'notes:create', {
      skillId: 'databases',
      title: 'Plans',
      body: `The plan:\n\n${shown.markdown}`,
    })
    const gone = await answerOf<{ id: string }>(home.core, 'notes:create', {
      skillId: 'apis',
      title: 'Old',
      body: trashed.markdown,
    })
    await answerOf(home.core, 'notes:delete', { id: gone.id })

    const path = await exportBackup(home.core)
    const text = await readFile(path, 'utf8')
    const written = JSON.parse(text) as { attachments: Record<string, string> }
    // Readable like any backup: the data, then its pictures, laid out as JSON.stringify lays them out.
    expect(text).toBe(`${JSON.stringify({ ...home.core.store.state, attachments: written.attachments }, null, 2)}\n`)
    // What the data names goes in; a picture nothing names stays out.
    expect(Object.keys(written.attachments).sort()).toEqual([shown.name, trashed.name].sort())
    expect(written.attachments).not.toHaveProperty(unused.name)

    const fresh = await profile()
    expect(await restore(fresh, path)).toMatchObject({ kind: 'backup' })
    expect(await storedIn(fresh.core)).toEqual([shown.name, trashed.name].sort())
    expect(await readFile(join(fresh.core.attachments.folder, shown.name))).toEqual(pngBytes('shown in a note'))
    const note = await answerOf<{ body: string }>(fresh.core, 'notes:get', { id })
    expect(note.body).toContain(`![query plan](attachments/${shown.name})`)
    const read = await answerOf<{ type: string; dataBase64: string }>(fresh.core, 'attachments:read', {
      name: shown.name,
    })
    expect(read.type).toBe('image/png')
    expect(Buffer.from(read.dataBase64, 'base64')).toEqual(pngBytes('shown in a note'))
    expect(fresh.notices).toEqual([])
  })

  it('a backup without pictures is the data alone, as before', async () => {
    const home = await profile()
    await answerOf(home.core, 'notes:create', { skillId: 'apis', title: 'Words', body: 'Only text.' })
    const path = await exportBackup(home.core)
    expect(JSON.parse(await readFile(path, 'utf8'))).toEqual(JSON.parse(JSON.stringify(home.core.store.state)))
  })

  it('an older backup, written before pictures, still restores', async () => {
    const home = await profile()
    const { id } = await answerOf<{ id: string }>(home.core, 'notes:create', {
      skillId: 'apis',
      title: 'From before',
      body: 'Written in an older release.',
    })
    const path = join(home.dir, 'older-backup.json')
    await writeFile(path, `${JSON.stringify(home.core.store.state, null, 2)}\n`)

    const fresh = await profile()
    await restore(fresh, path)
    expect(fresh.core.store.state.notes[id]?.body).toBe('Written in an older release.')
    expect(await storedIn(fresh.core)).toEqual([])
  })

  it('a picture whose bytes do not match its name is left out and reported; the rest is restored', async () => {
    const home = await profile()
    const good = await addPicture(home.core, pngBytes('good'))
    const bad = await addPicture(home.core, pngBytes('bad'))
    const { id } = await answerOf<{ id: string }>(home.core, 'notes:create', {
      skillId: 'apis',
      title: 'Both',
      body: `${good.markdown}\n${bad.markdown}`,
    })
    const path = await exportBackup(home.core)
    const backup = JSON.parse(await readFile(path, 'utf8')) as { attachments: Record<string, string> }
    // Changed in the file: other bytes under the old name, and a name no picture has.
    backup.attachments[bad.name] = pngBytes('swapped').toString('base64')
    backup.attachments['../../outside.png'] = pngBytes('escape').toString('base64')
    await writeFile(path, JSON.stringify(backup))

    const fresh = await profile()
    await restore(fresh, path)
    expect(await storedIn(fresh.core)).toEqual([good.name])
    expect(fresh.core.store.state.notes[id]?.body).toContain(bad.name)
    const notice = fresh.notices.find((n) => n.id === PICTURES_LEFT_OUT_NOTICE)
    expect(notice).toMatchObject({ level: 'warning', title: 'Some pictures of the backup were left out' })
    expect(notice?.message).toContain(bad.name)
    expect(notice?.message).toContain('../../outside.png')
  })

  it('a pictures part that is not names and text refuses the backup, changing nothing', async () => {
    const home = await profile()
    const path = join(home.dir, 'odd.json')
    await writeFile(path, JSON.stringify({ ...home.core.store.state, attachments: ['not', 'an', 'object'] }))
    home.open.push(path)
    expect(await home.core.dispatch('backup:chooseImport', undefined)).toEqual({
      ok: false,
      error: {
        code: 'invalid-payload',
        message: 'The pictures part of this backup is not readable. Nothing was changed.',
      },
    })
  })

  it('a full disk while the pictures are written: a clear io-error, and the data is not replaced', async () => {
    const home = await profile()
    const picture = await addPicture(home.core, pngBytes('no room'))
    await answerOf(home.core, 'notes:create', { skillId: 'apis', title: 'Shown', body: picture.markdown })
    const path = await exportBackup(home.core)

    const fresh = await profile()
    const before = fresh.core.store.state
    fresh.open.push(path)
    const { token } = await answerOf<{ token: string }>(fresh.core, 'backup:chooseImport')
    faults.diskFull = true
    try {
      expect(await fresh.core.dispatch('imports:confirm', { token })).toEqual({
        ok: false,
        error: {
          code: 'io-error',
          message:
            "The backup's pictures could not be saved: the disk is full (ENOSPC). Your data was not changed; free some space and choose the backup again.",
        },
      })
    } finally {
      faults.diskFull = false
    }
    expect(fresh.core.store.state).toBe(before)
    expect(await storedIn(fresh.core)).toEqual([])
  })
})
