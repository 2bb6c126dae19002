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
