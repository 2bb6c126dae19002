import { describe, expect, it } from 'vitest'
import type { Note, NoteVersion } from '../../../../src/shared/model'
import {
  freshEditMemory,
  MAX_VERSION_AGE_DAYS,
  MAX_VERSIONS,
  mergeVersions,
  pruneVersions,
  rememberSave,
  shouldKeepVersion,
  VERSION_INTERVAL_MS,
  withVersion,
} from '../../../../src/main/history/versions'
import { TEST_NOW } from '../../../support/test-clock'

const DAY = 24 * 60 * 60 * 1000
const at = (ms: number): Date => new Date(TEST_NOW.getTime() + ms)
const note = (body: string, id = 'note-a'): Note => ({
  id,
  skillId: 'apis',
  title: 'REST',
  body,
  createdAt: TEST_NOW.toISOString(),
  updatedAt: TEST_NOW.toISOString(),
})
const version = (offsetMs: number, body = `text ${offsetMs}`): NoteVersion => ({
  at: at(offsetMs).toISOString(),
  title: 'REST',
  body,
  reason: 'edit',
})

describe('when a version is kept', () => {
  it('keeps one on the first save after the app started, then none again until the interval has passed', () => {
    const memory = freshEditMemory()
    const ask = (ms: number, current: string): boolean =>
      shouldKeepVersion({
        current: note(current),
        next: { title: 'REST', body: `${current}!` },
        versions: [],
        memory,
        now: at(ms),
      })
    expect(ask(0, 'a')).toBe(true)
    rememberSave(memory, 'note-a', at(0), true)
    expect(ask(60_000, 'a!')).toBe(false)
    rememberSave(memory, 'note-a', at(60_000), false)
    expect(ask(VERSION_INTERVAL_MS - 1, 'a!!')).toBe(false)
    expect(ask(VERSION_INTERVAL_MS, 'a!!')).toBe(true)
  })

  it('starts a new session when the learner comes back to the note from another one', () => {
    const memory = freshEditMemory()
    rememberSave(memory, 'note-a', at(0), true)
    const ask = (ms: number): boolean =>
      shouldKeepVersion({ current: note('a'), next: { title: 'REST', body: 'b' }, versions: [], memory, now: at(ms) })
    expect(ask(1000)).toBe(false)
    rememberSave(memory, 'note-b', at(2000), true)
    expect(ask(3000)).toBe(true)
    rememberSave(memory, 'note-a', at(3000), true)
    expect(ask(4000)).toBe(false)
  })

  it('keeps nothing when the text does not change, the newest version holds it already, or the note was empty', () => {
    const memory = freshEditMemory()
    expect(
      shouldKeepVersion({ current: note('a'), next: { title: 'REST', body: 'a' }, versions: [], memory, now: at(0) }),
    ).toBe(false)
    expect(
      shouldKeepVersion({
        current: note('a'),
        next: { title: 'REST', body: 'b' },
        versions: [version(-DAY, 'a')],
        memory,
        now: at(0),
      }),
    ).toBe(false)
    expect(
      shouldKeepVersion({
        current: { ...note(''), title: '' },
        next: { title: '', body: 'b' },
        versions: [],
        memory,
        now: at(0),
      }),
    ).toBe(false)
  })
})

describe('the bounds of a history', () => {
  it(`keeps only the newest ${MAX_VERSIONS} versions`, () => {
    let versions: NoteVersion[] = []
    for (let i = 0; i < MAX_VERSIONS + 7; i += 1)
      versions = withVersion(versions, version(i * 1000), at(MAX_VERSIONS * 1000))
    expect(versions).toHaveLength(MAX_VERSIONS)
    expect(versions[0]?.body).toBe('text 7000')
    expect(versions.at(-1)?.body).toBe(`text ${(MAX_VERSIONS + 6) * 1000}`)
  })

  it(`drops versions older than ${MAX_VERSION_AGE_DAYS} days, and only those`, () => {
    const versions = [version(-(MAX_VERSION_AGE_DAYS + 1) * DAY), version(-MAX_VERSION_AGE_DAYS * DAY), version(-DAY)]
    expect(pruneVersions(versions, at(0)).map((v) => v.body)).toEqual([versions[1]?.body, versions[2]?.body])
  })

  it('never drops the newest version, however old', () => {
    const versions = [version(-200 * DAY), version(-100 * DAY)]
    expect(pruneVersions(versions, at(0))).toEqual([versions[1]])
  })

  it('keeps a version stamped after now (a clock set back) and leaves the list it was given as it was', () => {
    const versions = [version(-DAY), version(DAY)]
    const next = withVersion(versions, version(0, 'middle'), at(0))
    expect(next.map((v) => v.body)).toEqual([versions[0]?.body, 'middle', versions[1]?.body])
    expect(versions).toHaveLength(2)
  })

  it('adds no version with the same text as the newest or the same moment as one kept', () => {
    const versions = [version(0, 'a')]
    expect(withVersion(versions, version(1000, 'a'), at(2000))).toEqual(versions)
    expect(withVersion(versions, version(0, 'b'), at(2000))).toEqual(versions)
  })

  it('merges two histories in time order with one version per moment', () => {
    const merged = mergeVersions([version(0, 'ours'), version(2000)], [version(0, 'theirs'), version(1000)], at(3000))
    expect(merged.map((v) => v.body)).toEqual(['ours', 'text 1000', 'text 2000'])
  })
})
