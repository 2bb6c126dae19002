import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { readFile, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { createCore, type Core } from '../../../../src/main/core'
import type { Services } from '../../../../src/main/services'
import { curriculumCards } from '../../../../src/shared/curriculum/cards'
import { tempDir } from '../../../support/temp-dir'
import { testServices } from '../../../support/test-services'
import { testClock } from '../../../support/test-clock'
import { ankiFieldText, readAnkiText } from '../../../support/anki-text-import'
import { pngBytes, storedName } from '../../../support/png'

let temp: Awaited<ReturnType<typeof tempDir>>
let services: Services
let core: Core

beforeEach(async () => {
  temp = await tempDir()
  services = testServices(temp.dir)
  core = await createCore({
    dataDir: temp.dir,
    services,
    log: () => undefined,
    checkResponses: true,
    clock: testClock(),
  })
})
afterEach(async () => {
  await core.close()
  await temp.remove()
})

describe('exporting the review cards for Anki', () => {
  it('writes the curriculum, own and note cards where the learner chose, as a file Anki reads', async () => {
    await core.dispatch('review:addCard', { skillId: 'apis', front: 'Own "card"', back: 'With <b> & tab\there' })
    await core.dispatch('notes:create', {
      skillId: 'databases',
      title: 'SQL',
      body: 'Wie heißt 索引 auf Englisch? :: Index',
    })
    const result = await core.dispatch('review:exportAnki', undefined)
    if (!result.ok) throw new Error(result.error.message)
    const { path, cards } = result.value as { path: string; cards: number }
    expect(path).toMatch(/exports\/groundwork-cards-\d{4}-\d{2}-\d{2}\.txt$/)
    expect(cards).toBe(curriculumCards(core.store.state.curriculum).length + 2)

    const file = readAnkiText(await readFile(path, 'utf8'))
    expect(file.headers).toMatchObject({ separator: 'tab', html: 'true', notetype: 'Basic', 'guid column': '4' })
    expect(file.rows).toHaveLength(cards)
    const text = file.rows.map((row) => [ankiFieldText(row[0]!, true), ankiFieldText(row[1]!, true), row[2], row[3]])
    expect(text).toContainEqual([
      'Own "card"',
      'With <b> & tab\there',
      'groundwork groundwork::apis groundwork::own',
      expect.stringMatching(/^groundwork-c-/),
    ])
    expect(text).toContainEqual([
      'Wie heißt 索引 auf Englisch?',
      'Index',
      'groundwork groundwork::databases groundwork::note',
      expect.stringMatching(/^groundwork-nc-/),
    ])
  })

  it('gives a card the same guid in every export, so a re-import updates it', async () => {
    await core.dispatch('notes:create', { skillId: 'databases', title: 'SQL', body: 'Q :: first answer' })
    const guids = async (): Promise<string[]> => {
      const result = await core.dispatch('review:exportAnki', undefined)
      if (!result.ok) throw new Error(result.error.message)
      return readAnkiText(await readFile((result.value as { path: string }).path, 'utf8')).rows.map((row) => row[3]!)
    }
    const first = await guids()
    const id = Object.keys(core.store.state.notes)[0]!
    await core.dispatch('notes:save', { id, title: 'SQL', body: 'Q :: a better answer' })
    expect(await guids()).toEqual(first)
  })

  it('answers that the dialog was cancelled, as a value, and writes nothing', async () => {
    services.showSaveDialog = () => Promise.resolve(null)
    expect(await core.dispatch('review:exportAnki', undefined)).toEqual({ ok: true, value: { cancelled: true } })
    expect(await readdir(join(temp.dir)).then((names) => names.includes('exports'))).toBe(false)
  })
})

describe('exporting cards that show pictures for Anki', () => {
  it('writes each picture as an image of its bare name, and the pictures into a folder beside the file', async () => {
    const picture = await core.attachments.add(pngBytes('plan'))
    const gone = storedName(pngBytes('never stored'))
    await core.dispatch('notes:create', {
      skillId: 'databases',
      title: 'Plans',
      body: `Which scan does this plan show? :: ![a "seq" scan](attachments/${picture}) a sequential scan\n\nWhat is lost? :: ![lost](attachments/${gone})`,
    })
    const result = await core.dispatch('review:exportAnki', undefined)
    if (!result.ok) throw new Error(result.error.message)
    const { path, media } = result.value as {
      path: string
      media: { folder: string; pictures: number; missing: number }
    }
    expect(media).toEqual({ folder: path.replace(/\.txt$/, '-media'), pictures: 1, missing: 1 })
    expect(await readdir(media.folder)).toEqual([picture])
    expect(await readFile(join(media.folder, picture))).toEqual(pngBytes('plan'))
    const file = readAnkiText(await readFile(path, 'utf8'))
    const row = file.rows.find((r) => r[0] === 'Which scan does this plan show?')
    expect(row?.[1]).toBe(`<img src="${picture}" alt="a &quot;seq&quot; scan"> a sequential scan`)
  })

  it('makes no media folder when no card shows a picture', async () => {
    const result = await core.dispatch('review:exportAnki', undefined)
    if (!result.ok) throw new Error(result.error.message)
    const { path, media } = result.value as { path: string; media: null }
    expect(media).toBeNull()
    expect(await readdir(join(path, '..'))).toEqual([path.split('/').pop()])
  })
})
