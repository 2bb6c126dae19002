import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { mkdir, readFile, readdir, symlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { createCore, type Core } from '../../../../src/main/core'
import type { FolderPreview } from '../../../../src/shared/contract/markdown'
import type { Note } from '../../../../src/shared/model'
import { answerOf } from '../../../support/dispatch-answer'
import { tempDir } from '../../../support/temp-dir'
import { testServices } from '../../../support/test-services'
import { testClock } from '../../../support/test-clock'
import { pngBytes, storedName } from '../../../support/png'

let temp: Awaited<ReturnType<typeof tempDir>>
let services: { here: ReturnType<typeof testServices>; fresh: ReturnType<typeof testServices> }
let here: Core
let fresh: Core
const open = (dir: string, folderAnswers: ReturnType<typeof testServices>): Promise<Core> =>
  createCore({ dataDir: dir, services: folderAnswers, log: () => undefined, checkResponses: true, clock: testClock() })

beforeEach(async () => {
  temp = await tempDir()
  await mkdir(join(temp.dir, 'here'))
  await mkdir(join(temp.dir, 'fresh'))
  services = { here: testServices(join(temp.dir, 'here')), fresh: testServices(join(temp.dir, 'fresh')) }
  here = await open(join(temp.dir, 'here'), services.here)
  fresh = await open(join(temp.dir, 'fresh'), services.fresh)
})
afterEach(async () => {
  await here.close()
  await fresh.close()
  await temp.remove()
})

const note = (core: Core, skillId: string, title: string, body: string): Promise<{ id: string }> =>
  answerOf(core, 'notes:create', { skillId, title, body })
const notesOf = (core: Core): Note[] => Object.values(core.store.state.notes)
const stored = (core: Core): Promise<string[]> => readdir(core.attachments.folder).catch(() => [])

/** A new folder under the test's temp folder. */
async function folder(...parts: string[]): Promise<string> {
  const path = join(temp.dir, ...parts)
  await mkdir(path, { recursive: true })
  return path
}

/** Previews the import of `path` into `core`. */
async function preview(core: Core, path: string): Promise<FolderPreview> {
  ;(core === here ? services.here : services.fresh).folderAnswers.push(path)
  return answerOf<FolderPreview>(core, 'markdown:chooseImport')
}

const confirm = (core: Core, token: string, skillId = 'databases'): Promise<{ added: number; updated: number }> =>
  answerOf(core, 'imports:confirm', { token, folder: { skills: [{ folder: '', skillId }], includeBroken: false } })

describe('exporting notes with pictures as a Markdown folder', () => {
  it('copies each picture the notes show into attachments/ at the top, linked relative to each note file', async () => {
    const picture = await here.attachments.add(pngBytes('plan'))
    await note(here, 'databases', 'Joins', `A plan:\n\n![query plan](attachments/${picture})\n`)
    await note(here, 'apis', 'Same picture', `![again](attachments/${picture})`)
    const gone = storedName(pngBytes('never stored'))
    await note(here, 'apis', 'Lost', `![lost](attachments/${gone})`)
    const out = await folder('vault')
    services.here.folderAnswers.push(out)
    expect(await answerOf(here, 'markdown:exportFolder')).toMatchObject({ notes: 3, pictures: 1, missingPictures: 1 })
    expect(await readdir(join(out, 'attachments'))).toEqual([picture])
    expect(await readFile(join(out, 'attachments', picture))).toEqual(pngBytes('plan'))
    expect(await readFile(join(out, 'Databases/Joins.md'), 'utf8')).toContain(
      `A plan:\n\n![query plan](../attachments/${picture})\n`,
    )
    expect(await readFile(join(out, 'APIs/Same picture.md'), 'utf8')).toContain(`![again](../attachments/${picture})`)
  })

  it('gives a skill named Attachments a folder of its own, apart from the pictures', async () => {
    await answerOf(here, 'curriculum:edit', { op: 'addSkill', categoryId: 'technical', title: 'Attachments' })
    const skill = here.store.state.curriculum.skills.find((s) => s.title === 'Attachments')
    if (!skill) return expect.fail('the skill was not added')
    const picture = await here.attachments.add(pngBytes('a'))
    await note(here, skill.id, 'Shots', `![shot](attachments/${picture})`)
    const out = await folder('vault')
    services.here.folderAnswers.push(out)
    await answerOf(here, 'markdown:exportFolder')
    expect((await readdir(out)).sort()).toEqual(['Attachments 2', 'attachments'])
  })
})

describe('importing a Markdown folder with pictures', () => {
  it('brings an exported folder with its pictures into a fresh profile, and the same folder back home changes nothing', async () => {
    const picture = await here.attachments.add(pngBytes('plan'))
    const body = `Before\n\n![query plan](attachments/${picture})\n\nAfter`
    await note(here, 'databases', 'Joins', body)
    // A note whose picture this profile lacks keeps naming it, there and back.
    const lost = `![lost](attachments/${storedName(pngBytes('never stored'))})`
    await note(here, 'databases', 'Lost', lost)
    const out = await folder('vault')
    services.here.folderAnswers.push(out)
    await answerOf(here, 'markdown:exportFolder')

    const seen = await preview(fresh, out)
    expect(seen).toMatchObject({ added: 2, pictures: 1, pictureProblems: [], otherFiles: 0 })
    // Nothing is stored before the learner confirms.
    expect(await stored(fresh)).toEqual([])
    await confirm(fresh, seen.token)
    expect(notesOf(fresh).map(({ title, body: text }) => ({ title, body: text }))).toEqual([
      { title: 'Joins', body },
      { title: 'Lost', body: lost },
    ])
    expect(await stored(fresh)).toEqual([picture])
    expect(await readFile(join(fresh.attachments.folder, picture))).toEqual(pngBytes('plan'))

    expect(await preview(here, out)).toMatchObject({ added: 0, updated: 0, unchanged: 2, pictures: 0 })
  })

  it('reads relative image links and Obsidian embeds, and leaves missing, fake, remote and outside pictures as written, each named', async () => {
    const vault = await folder('vault')
    await folder('vault', 'img')
    await folder('vault', 'Deep', 'assets')
    await writeFile(join(temp.dir, 'outside.png'), pngBytes('outside'))
    await writeFile(join(vault, 'img', 'pic 1.png'), pngBytes('relative'))
    await writeFile(join(vault, 'Deep', 'assets', 'shot.png'), pngBytes('deep shot'))
    await writeFile(join(vault, 'shot.png'), pngBytes('top shot'))
    await writeFile(join(vault, 'img', 'fake.png'), 'not a picture at all')
    await symlink(join(temp.dir, 'outside.png'), join(vault, 'img', 'linked.png'))
    const text = [
      '![relative](img/pic%201.png)',
      '![[shot.png]]',
      '![[shot.png|300]]',
      '![[Deep/assets/shot.png|The deep one]]',
      '![escape](../../outside.png)',
      '![remote](https://example.com/a.png)',
      '![fake](img/fake.png)',
      '![gone](img/missing.png)',
      '![linked](img/linked.png)',
      '`![[shot.png]]` in code',
      '![[Other note]]',
    ].join('\n\n')
    await writeFile(join(vault, 'Vault note.md'), text)
    const seen = await preview(fresh, vault)
    expect(seen.pictures).toBe(3)
    // The three picture files that come in are not among the files passed over; the fake one is.
    expect(seen.otherFiles).toBe(1)
    expect(seen.pictureProblems).toEqual([
      {
        path: 'Vault note.md',
        reason:
          'its picture ../../outside.png was left as written: it lies outside the chosen folder, which is the only one read',
      },
      {
        path: 'Vault note.md',
        reason: 'its picture img/missing.png was left as written: there is no such picture file in the folder',
      },
      {
        path: 'Vault note.md',
        reason: 'its picture img/linked.png was left as written: it is a link; links are not followed',
      },
      {
        path: 'Vault note.md',
        reason:
          'its picture img/fake.png was left as written: it is not a PNG, JPEG, GIF, WebP or SVG picture, whatever its name says',
      },
    ])
    await confirm(fresh, seen.token)
    const [relative, top, deep] = ['relative', 'top shot', 'deep shot'].map((v) => storedName(pngBytes(v)))
    expect(notesOf(fresh)[0]?.body).toBe(
      [
        `![relative](attachments/${relative})`,
        `![shot](attachments/${top})`,
        `![shot](attachments/${top})`,
        `![The deep one](attachments/${deep})`,
        '![escape](../../outside.png)',
        '![remote](https://example.com/a.png)',
        '![fake](img/fake.png)',
        '![gone](img/missing.png)',
        '![linked](img/linked.png)',
        '`![[shot.png]]` in code',
        '![[Other note]]',
      ].join('\n\n'),
    )
    expect((await stored(fresh)).sort()).toEqual([relative, top, deep].sort())
  })

  it('refuses the import, writing no note, when a picture changed between the preview and the import', async () => {
    const vault = await folder('vault')
    await writeFile(join(vault, 'shot.png'), pngBytes('before'))
    await writeFile(join(vault, 'Note.md'), '![[shot.png]]')
    const seen = await preview(fresh, vault)
    await writeFile(join(vault, 'shot.png'), pngBytes('after'))
    const result = await fresh.dispatch('imports:confirm', {
      token: seen.token,
      folder: { skills: [{ folder: '', skillId: 'databases' }], includeBroken: false },
    })
    expect(result).toMatchObject({
      ok: false,
      error: {
        message: 'The picture shot.png changed since the preview. Nothing was imported; choose the folder again.',
      },
    })
    expect(notesOf(fresh)).toEqual([])
  })

  it('imports a vault of 5,000 pictures, read in small batches while main keeps answering', async () => {
    const vault = await folder('vault')
    await folder('vault', 'pics')
    const lines: string[][] = Array.from({ length: 50 }, () => [])
    await Promise.all(
      Array.from({ length: 5000 }, async (_, i) => {
        await writeFile(join(vault, 'pics', `p${i}.png`), pngBytes(`picture ${i}`))
        lines[i % 50]?.push(`![[p${i}.png]]`)
      }),
    )
    await Promise.all(lines.map((embeds, n) => writeFile(join(vault, `Note ${n}.md`), embeds.join('\n'))))
    // Other work gets its turn while the pictures are read: turns of the event loop keep coming.
    let turns = 0
    const tick = setInterval(() => (turns += 1), 0)
    const seen = await preview(fresh, vault).finally(() => clearInterval(tick))
    expect(turns).toBeGreaterThan(50)
    expect(seen).toMatchObject({ added: 50, pictures: 5000, pictureProblems: [] })
    await confirm(fresh, seen.token)
    expect(await stored(fresh)).toHaveLength(5000)
    expect(notesOf(fresh).every((n) => !n.body.includes('![['))).toBe(true)
  }, 60_000)
})
