import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { createRealApi } from '../../../support/real-api'
import { curriculumCardById, curriculumCards } from '../../../../src/shared/curriculum/cards'
import { readAnkiText, ankiFieldText } from '../../../support/anki-text-import'
import { CRITERIA, type Criterion } from '../../../../src/shared/frameworks/prefs'
import { SKILLS } from '../../../../src/shared/curriculum/skills'
import { DATA_FILE } from '../../../../src/main/store/data-store'

let real: Awaited<ReturnType<typeof createRealApi>>
beforeEach(async () => void (real = await createRealApi()))
afterEach(() => real.dispose())

const onDisk = async (): Promise<Record<string, unknown>> =>
  JSON.parse(await readFile(join(real.dataDir, DATA_FILE), 'utf8')) as Record<string, unknown>

describe('curriculum cards', () => {
  it('have unique slug ids and each belongs to a real skill', () => {
    const cards = curriculumCards(real.core.store.state.curriculum)
    const ids = new Set(cards.map((c) => c.id))
    expect(ids.size).toBe(cards.length)
    const skillIds = new Set(SKILLS.map((s) => s.id))
    for (const card of cards) {
      expect(card.id).toMatch(/^[a-z0-9][a-z0-9-]{0,79}$/)
      expect(skillIds.has(card.skillId)).toBe(true)
      expect(card.back.length).toBeLessThan(160)
    }
    for (const name of ['Ruby on Rails', 'Node.js', 'Express', 'Django', 'Flask']) {
      expect(cards.filter((c) => c.front.includes(name)).length).toBeGreaterThanOrEqual(3)
    }
    expect(cards.find((c) => c.id === 'fw-django-language')?.back).toBe('Python')
  })

  it('ask the framework facts from the rows the learner has: an edited licence is the answer, in the study and in the Anki file', async () => {
    const card = () => curriculumCardById(real.core.store.state.curriculum, 'fw-django-license')
    expect(card()?.back).toBe('BSD-3-Clause')
    expect((await real.api.review.rate({ cardId: 'fw-django-license', grade: 3 })).ok).toBe(true)
    const edited = await real.api.curriculum.edit({
      op: 'updateFramework',
      frameworkId: 'django',
      name: 'Django 5',
      license: 'My own licence',
    })
    if (!edited.ok) throw new Error(edited.error.message)
    expect(card()).toEqual({
      id: 'fw-django-license',
      skillId: 'frameworks',
      front: 'Under which licence is Django 5 published?',
      back: 'My own licence',
    })
    // The schedule stays with the card: its id comes from the row's id, which an edit keeps.
    expect(real.core.store.state.review.cards['fw-django-license']?.reps).toBe(1)
    const exported = await real.api.review.exportAnki()
    if (!exported.ok || !('path' in exported.value)) throw new Error('export failed')
    const rows = readAnkiText(await readFile(exported.value.path, 'utf8')).rows.map((row) => [
      ankiFieldText(row[0]!, true),
      ankiFieldText(row[1]!, true),
      row[3],
    ])
    expect(rows).toContainEqual([
      'Under which licence is Django 5 published?',
      'My own licence',
      'groundwork-fw-django-license',
    ])
    expect(rows.filter(([front]) => front?.includes('Django published'))).toEqual([])
  })

  it('come and go with their row: an added row gets three, a removed one has none until it is restored', async () => {
    const ratings = Object.fromEntries(CRITERIA.map((k) => [k, { score: 3, reason: 'Mine.' }])) as Record<
      Criterion,
      { score: 3; reason: string }
    >
    const added = await real.api.curriculum.edit({
      op: 'addFramework',
      name: 'Hono',
      language: 'TypeScript',
      firstRelease: 2021,
      license: 'MIT',
      style: 'minimal',
      strengths: 'Small.',
      uses: 'Edge APIs.',
      ratings,
    })
    if (!added.ok) throw new Error(added.error.message)
    const id = added.value.frameworks.at(-1)!.id
    expect(
      curriculumCards(real.core.store.state.curriculum)
        .filter((c) => c.id.startsWith(`fw-${id}-`))
        .map((c) => c.back),
    ).toEqual(['TypeScript', '2021', 'MIT'])
    expect((await real.api.review.rate({ cardId: `fw-${id}-language`, grade: 3 })).ok).toBe(true)
    // A fact left blank asks nothing.
    expect((await real.api.curriculum.edit({ op: 'updateFramework', frameworkId: id, license: '' })).ok).toBe(true)
    expect(
      curriculumCards(real.core.store.state.curriculum)
        .filter((c) => c.id.startsWith(`fw-${id}-`))
        .map((c) => c.back),
    ).toEqual(['TypeScript', '2021'])

    const removed = await real.api.curriculum.edit({ op: 'removeFramework', frameworkId: 'flask' })
    if (!removed.ok) throw new Error(removed.error.message)
    expect(curriculumCards(real.core.store.state.curriculum).some((c) => c.id.startsWith('fw-flask-'))).toBe(false)
    expect(await real.api.review.rate({ cardId: 'fw-flask-language', grade: 3 })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    })
    expect((await real.api.trash.restore({ id: 'flask' })).ok).toBe(true)
    expect(curriculumCardById(real.core.store.state.curriculum, 'fw-flask-language')?.back).toBe('Python')
  })
})

describe('review handlers', () => {
  it('schedules an answer durably and logs it', async () => {
    const result = await real.api.review.rate({ cardId: 'fw-django-language', grade: 3 })
    expect(result.ok).toBe(true)
    const file = (await onDisk()) as { review: { cards: Record<string, { reps: number }>; log: unknown[] } }
    expect(file.review.cards['fw-django-language']?.reps).toBe(1)
    expect(file.review.log).toHaveLength(1)
  })

  it('refuses unknown cards and bad grades', async () => {
    expect(await real.api.review.rate({ cardId: 'no-such-card', grade: 3 })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    })
    expect(await real.api.review.rate({ cardId: 'fw-django-language', grade: 5 as 4 })).toMatchObject({
      ok: false,
      error: { code: 'invalid-payload' },
    })
  })

  it('adds, rates and deletes a card the learner wrote', async () => {
    const added = await real.api.review.addCard({ skillId: 'apis', front: '  What does 201 mean? ', back: 'Created' })
    if (!added.ok) throw new Error(added.error.message)
    expect(added.value.front).toBe('What does 201 mean?')
    expect((await real.api.review.rate({ cardId: added.value.id, grade: 1 })).ok).toBe(true)
    expect(real.core.store.state.review.cards[added.value.id]?.lapsed).toBe(true)
    expect((await real.api.review.removeCard({ cardId: added.value.id })).ok).toBe(true)
    expect(real.core.store.state.review.cards[added.value.id]).toBeUndefined()
    expect(await real.api.review.removeCard({ cardId: 'fw-django-language' })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    })
  })

  it('explains an empty card or an unknown skill', async () => {
    expect(await real.api.review.addCard({ skillId: 'apis', front: '   ', back: 'x' })).toMatchObject({
      ok: false,
      error: { message: 'front: Write a question on the front.' },
    })
    expect(await real.api.review.addCard({ skillId: 'cooking', front: 'q', back: 'a' })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    })
  })
})

describe('study handlers', () => {
  it('keeps a 30-second timer run as half a minute, to the second, not 0 or 1', async () => {
    // Only Date is faked: main's clock runs from it, the file writes keep their real timers.
    vi.useFakeTimers({ toFake: ['Date'] })
    try {
      const started = await real.api.study.start({ skillId: 'apis' })
      if (!started.ok) throw new Error('start failed')
      vi.setSystemTime(Date.now() + 30_400)
      const stopped = await real.api.study.stop()
      if (!stopped.ok) throw new Error('stop failed')
      expect(stopped.value.minutes).toBe(0.5)
      expect(new Date(stopped.value.end!).getTime() - new Date(stopped.value.start).getTime()).toBe(30_000)
    } finally {
      vi.useRealTimers()
    }
  })

  it('keeps one timer at a time', async () => {
    const first = await real.api.study.start({ skillId: 'apis' })
    const second = await real.api.study.start({ skillId: 'databases' })
    if (!first.ok || !second.ok) throw new Error('start failed')
    expect(second.value.stopped?.id).toBe(first.value.session.id)
    expect(real.core.store.state.study.sessions.filter((s) => s.end === null)).toHaveLength(1)
    const stopped = await real.api.study.stop()
    expect(stopped).toMatchObject({ ok: true, value: { skillId: 'databases' } })
    // Stopped at once: a few seconds at most on a busy machine.
    expect(stopped.ok && stopped.value.minutes).toBeLessThan(0.1)
    expect(await real.api.study.stop()).toMatchObject({ ok: false, error: { code: 'conflict' } })
  })

  it('logs time by hand, validates minutes and removes entries', async () => {
    const logged = await real.api.study.log({ skillId: 'dsa', start: '2025-03-01T12:00:00.000Z', minutes: 45 })
    if (!logged.ok) throw new Error(logged.error.message)
    expect(logged.value).toMatchObject({ manual: true, minutes: 45, end: '2025-03-01T12:45:00.000Z' })
    expect(await real.api.study.log({ skillId: 'dsa', start: '2025-03-01T12:00:00.000Z', minutes: 0 })).toMatchObject({
      ok: false,
      error: { message: 'minutes: Log at least one minute.' },
    })
    expect((await real.api.study.remove({ id: logged.value.id })).ok).toBe(true)
    expect(real.core.store.state.study.sessions).toHaveLength(0)
  })

  it('stores the streak minimum', async () => {
    expect(await real.api.study.setMinimum({ minutes: 30 })).toEqual({ ok: true, value: { minMinutesPerDay: 30 } })
    expect(((await onDisk()) as { study: { minMinutesPerDay: number } }).study.minMinutesPerDay).toBe(30)
  })
})

describe('evidence handlers', () => {
  it('stores http(s) links and refuses every other scheme', async () => {
    const ok = await real.api.evidence.add({
      skillId: 'apis',
      url: 'https://github.com/me/api',
      title: '',
      kind: 'repo',
    })
    expect(ok).toMatchObject({
      ok: true,
      value: { items: [{ url: 'https://github.com/me/api', title: 'github.com', kind: 'repo' }] },
    })
    for (const url of [
      'javascript:alert(1)',
      'file:///etc/passwd',
      'data:text/html,hi',
      'https://user:pw@example.com/',
      'not a url',
      `https://example.com/${'a'.repeat(2100)}`,
    ]) {
      const refused = await real.api.evidence.add({ skillId: 'apis', url, title: 'x', kind: 'other' })
      expect(refused.ok, url).toBe(false)
    }
    expect(real.core.store.state.evidence.apis).toHaveLength(1)
  })

  it('removes a link', async () => {
    const added = await real.api.evidence.add({
      skillId: 'dsa',
      url: 'http://example.com/cert',
      title: 'Cert',
      kind: 'certificate',
    })
    if (!added.ok) throw new Error(added.error.message)
    const removed = await real.api.evidence.remove({ skillId: 'dsa', id: added.value.items[0]!.id })
    expect(removed).toMatchObject({ ok: true, value: { items: [] } })
  })
})

describe('settings handlers', () => {
  it('stores the theme and rejects unknown ones', async () => {
    expect(await real.api.settings.setTheme({ theme: 'dark' })).toEqual({ ok: true, value: { theme: 'dark' } })
    expect(await real.api.settings.setTheme({ theme: 'sepia' as 'dark' })).toMatchObject({ ok: false })
    expect(((await onDisk()) as { settings: { theme: string } }).settings.theme).toBe('dark')
  })
})
