import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { DATA_FILE, DataStore } from '../../../../src/main/store/data-store'
import { freshState } from '../../../../src/shared/model'
import { BUILT_IN_LINKS, BUILT_IN_LINKS_RELEASE } from '../../../../src/shared/curriculum/builtin-links'
import { tempDir } from '../../../support/temp-dir'

let temp: Awaited<ReturnType<typeof tempDir>>
beforeEach(async () => (temp = await tempDir()))
afterEach(() => temp.remove())

/** A data file of the current version written before the built-in links: no links, no release recorded, and the learner's own edits. */
async function writeEarlierFile(): Promise<void> {
  const state = freshState()
  delete state.curriculum.builtInLinks
  for (const skill of state.curriculum.skills) for (const sub of skill.subtopics) sub.resources = []
  const security = state.curriculum.skills.find((s) => s.id === 'security')!
  security.subtopics.find((sub) => sub.id === 'owasp')!.resources = [
    { title: 'Our team’s checklist', url: 'https://example.org/checklist' },
  ]
  security.subtopics.find((sub) => sub.id === 'tls')!.title = 'TLS, certificates and HSTS'
  security.subtopics.push({ id: 'own-csp', order: 'c000', title: 'Content Security Policy', resources: [] })
  state.skills.security = { status: 'learning', confidence: 2, subtopics: { tls: true } }
  await writeFile(join(temp.dir, DATA_FILE), JSON.stringify(state))
}

const readState = async (): Promise<ReturnType<typeof freshState>> =>
  JSON.parse(await readFile(join(temp.dir, DATA_FILE), 'utf8')) as ReturnType<typeof freshState>

describe('opening a data file from before the built-in links', () => {
  it('adds the links to built-in sub-topics without any, and keeps every edit of the learner', async () => {
    await writeEarlierFile()
    const { store } = await DataStore.open(temp.dir)
    const security = store.state.curriculum.skills.find((s) => s.id === 'security')!
    expect(security.subtopics.find((sub) => sub.id === 'owasp')?.resources).toEqual([
      { title: 'Our team’s checklist', url: 'https://example.org/checklist' },
    ])
    expect(security.subtopics.find((sub) => sub.id === 'tls')).toMatchObject({
      title: 'TLS, certificates and HSTS',
      resources: BUILT_IN_LINKS.security?.tls,
    })
    expect(security.subtopics.find((sub) => sub.id === 'own-csp')?.resources).toEqual([])
    expect(store.state.skills.security?.subtopics).toEqual({ tls: true })

    // The next write stores the links with the release, so removing one later is for good.
    await store.update(
      (s) =>
        void (s.curriculum.skills
          .find((skill) => skill.id === 'security')!
          .subtopics.find((sub) => sub.id === 'tls')!.resources = []),
    )
    await store.flush()
    const written = await readState()
    expect(written.curriculum.builtInLinks).toBe(BUILT_IN_LINKS_RELEASE)
    expect(
      written.curriculum.skills.find((s) => s.id === 'databases')?.subtopics.find((sub) => sub.id === 'indexes')
        ?.resources.length,
    ).toBeGreaterThan(0)

    const again = await DataStore.open(temp.dir)
    expect(
      again.store.state.curriculum.skills.find((s) => s.id === 'security')?.subtopics.find((sub) => sub.id === 'tls')
        ?.resources,
    ).toEqual([])
    await again.store.flush()
  })
})
