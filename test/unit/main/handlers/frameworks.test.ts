import { describe, expect, it } from 'vitest'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { DATA_FILE } from '../../../../src/main/store/data-store'
import { DEFAULT_COLUMNS } from '../../../../src/shared/frameworks/prefs'
import { withCore } from '../../../support/with-core'

const app = withCore()

async function onDisk(): Promise<{ frameworks: Record<string, unknown> }> {
  return JSON.parse(await readFile(join(app.dir, DATA_FILE), 'utf8')) as { frameworks: Record<string, unknown> }
}

describe('frameworks handlers', () => {
  it('starts with equal weights, no marks, no picks and the default columns', () => {
    const slice = app.core.store.state.frameworks
    expect(slice.weights).toEqual({
      learningCurve: 3,
      performance: 3,
      batteriesIncluded: 3,
      community: 3,
      jobMarket: 3,
    })
    expect(slice).toMatchObject({
      marks: {},
      compare: [],
      columns: [...DEFAULT_COLUMNS],
      sort: { column: 'name', direction: 'asc' },
    })
  })

  it('reads an older data file without a frameworks slice', async () => {
    await app.core.close()
    await writeFile(join(app.dir, DATA_FILE), JSON.stringify({ schemaVersion: 1, skills: {} }))
    await app.restart()
    expect(app.core.store.state.frameworks.weights.performance).toBe(3)
  })

  it('saves a weight and answers the stored slice', async () => {
    const result = await app.core.dispatch('frameworks:setWeight', { criterion: 'performance', weight: 5 })
    expect(result).toMatchObject({ ok: true, value: { weights: { performance: 5, community: 3 } } })
    expect((await onDisk()).frameworks).toMatchObject({ weights: { performance: 5 } })
  })

  it('refuses weights outside 0..5 and unknown criteria without changing anything', async () => {
    for (const payload of [
      { criterion: 'performance', weight: 6 },
      { criterion: 'performance', weight: 1.5 },
      { criterion: 'hype', weight: 2 },
    ]) {
      const result = await app.core.dispatch('frameworks:setWeight', payload)
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid-payload' } })
    }
    expect(app.core.store.state.frameworks.weights.performance).toBe(3)
  })

  it('sets and clears a mark, and rejects an unknown framework', async () => {
    expect(await app.core.dispatch('frameworks:setMark', { frameworkId: 'django', mark: 'learning' })).toMatchObject({
      ok: true,
      value: { marks: { django: 'learning' } },
    })
    expect(await app.core.dispatch('frameworks:setMark', { frameworkId: 'nodejs', mark: 'used' })).toMatchObject({
      ok: true,
      value: { marks: { django: 'learning', nodejs: 'used' } },
    })
    expect(await app.core.dispatch('frameworks:setMark', { frameworkId: 'django', mark: null })).toMatchObject({
      ok: true,
      value: { marks: { nodejs: 'used' } },
    })
    const unknown = await app.core.dispatch('frameworks:setMark', { frameworkId: 'cobol-on-cogs', mark: 'used' })
    expect(unknown).toMatchObject({
      ok: false,
      error: { code: 'not-found', message: expect.stringContaining('cobol-on-cogs') },
    })
    const proto = await app.core.dispatch('frameworks:setMark', { frameworkId: '__proto__', mark: 'used' })
    expect(proto.ok).toBe(false)
    expect((await onDisk()).frameworks).toMatchObject({ marks: { nodejs: 'used' } })
  })

  it('keeps compare picks in order and refuses duplicates, unknown ids and more than four', async () => {
    expect(await app.core.dispatch('frameworks:setCompare', { ids: ['gin', 'django'] })).toMatchObject({
      ok: true,
      value: { compare: ['gin', 'django'] },
    })
    expect(await app.core.dispatch('frameworks:setCompare', { ids: ['gin', 'gin'] })).toMatchObject({
      ok: false,
      error: { code: 'invalid-payload' },
    })
    expect(await app.core.dispatch('frameworks:setCompare', { ids: ['gin', 'nope'] })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    })
    const five = ['gin', 'django', 'flask', 'rails', 'laravel']
    expect(await app.core.dispatch('frameworks:setCompare', { ids: five })).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('At most 4') },
    })
    expect(app.core.store.state.frameworks.compare).toEqual(['gin', 'django'])
  })

  it('saves columns in table order and the sort, each on its own', async () => {
    const cols = await app.core.dispatch('frameworks:setTableOptions', { columns: ['uses', 'language'] })
    expect(cols).toMatchObject({ ok: true, value: { columns: ['language', 'uses'], sort: { column: 'name' } } })
    const sorted = await app.core.dispatch('frameworks:setTableOptions', {
      sort: { column: 'firstRelease', direction: 'desc' },
    })
    expect(sorted).toMatchObject({
      ok: true,
      value: { columns: ['language', 'uses'], sort: { column: 'firstRelease', direction: 'desc' } },
    })
    expect(await app.core.dispatch('frameworks:setTableOptions', { columns: ['name'] })).toMatchObject({ ok: false })
    expect(await app.core.dispatch('frameworks:setTableOptions', {})).toMatchObject({
      ok: false,
      error: { code: 'invalid-payload' },
    })
  })

  it('keeps everything after a restart', async () => {
    await app.core.dispatch('frameworks:setWeight', { criterion: 'jobMarket', weight: 0 })
    await app.core.dispatch('frameworks:setMark', { frameworkId: 'phoenix', mark: 'used' })
    await app.core.dispatch('frameworks:setCompare', { ids: ['phoenix', 'rails', 'gin'] })
    await app.restart()
    expect(app.core.store.state.frameworks).toMatchObject({
      weights: { jobMarket: 0 },
      marks: { phoenix: 'used' },
      compare: ['phoenix', 'rails', 'gin'],
    })
  })
})
