import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Api } from '../../src/shared/contract'
import type { Result } from '../../src/shared/result'
import { call, failureOf, optimisticWrite, patchData } from '../../src/renderer/src/state/call'
import type { Store } from '../../src/renderer/src/state/store'

type Answer = Result<{ hits: never[]; total: number }>

/** A search channel whose answers the test hands out one by one, in any order. */
function heldSearch(): { calls: Array<(answer: Answer | Error) => void> } {
  const calls: Array<(answer: Answer | Error) => void> = []
  const query = () =>
    new Promise<Answer>((resolve, reject) => calls.push((a) => (a instanceof Error ? reject(a) : resolve(a))))
  window.api = { search: { query } } as unknown as Api
  return { calls }
}

const ok = (total: number): Answer => ({ ok: true, value: { hits: [], total } })
const refused: Answer = { ok: false, error: { code: 'invalid-payload', message: 'Too long.' } }

/** A value the optimistic steps below write to, standing in for a field of the store. */
let shown: number
const realApi = window.api
beforeEach(() => void (shown = 0))
afterEach(() => void (window.api = realApi))

const options = (key: string, guess: number) => ({
  key,
  optimistic: optimisticWrite(
    () => shown,
    (v: number) => void (shown = v),
    () => guess,
  ),
  apply: ({ total }: { total: number }) => void (shown = total),
  failure: 'Could not search',
})

describe('the action kit', () => {
  it('answers an Outcome: the value taken into the store, or the failure with its prefix', async () => {
    const { calls } = heldSearch()
    const first = call('search.query', { text: 'a' }, options('k1', 5))
    expect(shown).toBe(5)
    calls[0]?.(ok(7))
    expect(await first).toEqual({ ok: true, value: { hits: [], total: 7 } })
    expect(shown).toBe(7)

    const second = call('search.query', { text: 'b' }, options('k1', 9))
    calls[1]?.(refused)
    expect(await second).toEqual({ ok: false, message: 'Could not search: Too long.' })
    expect(failureOf(await second)).toBe('Could not search: Too long.')
    expect(shown).toBe(7)
  })

  it('turns a rejected call into a failed Outcome instead of throwing', async () => {
    const { calls } = heldSearch()
    const pending = call('search.query', { text: 'a' })
    calls[0]?.(new Error('The window is closing.'))
    expect(await pending).toEqual({ ok: false, message: 'The window is closing.' })
  })

  it('holds an older answer back while a newer call is out, and drops one that arrives after the newer', async () => {
    const { calls } = heldSearch()
    const older = call('search.query', { text: 'a' }, options('k2', 1))
    const newer = call('search.query', { text: 'ab' }, options('k2', 2))
    calls[0]?.(ok(10))
    await older
    expect(shown).toBe(2)
    calls[1]?.(ok(20))
    await newer
    expect(shown).toBe(20)

    const late = call('search.query', { text: 'a' }, options('k2', 3))
    const early = call('search.query', { text: 'ab' }, options('k2', 4))
    calls[3]?.(ok(40))
    await early
    calls[2]?.(ok(30))
    expect((await late).ok).toBe(true)
    expect(shown).toBe(40)
  })

  it('shows the answer it held back when the newest call fails, or what was there before the first guess', async () => {
    const { calls } = heldSearch()
    const older = call('search.query', { text: 'a' }, options('k3', 1))
    const newer = call('search.query', { text: 'ab' }, options('k3', 2))
    calls[0]?.(ok(10))
    await older
    calls[1]?.(refused)
    await newer
    expect(shown).toBe(10)

    const a = call('search.query', { text: 'a' }, options('k3', 3))
    const b = call('search.query', { text: 'ab' }, options('k3', 4))
    calls[3]?.(refused)
    await b
    expect(shown).toBe(10)
    calls[2]?.(ok(30))
    await a
    expect(shown).toBe(30)
  })

  it('tells the store of a failure only when no newer call is out or answered', async () => {
    const { calls } = heldSearch()
    const failures: string[] = []
    const older = call('search.query', { text: 'a' }, { key: 'k4', onFailure: (m) => void failures.push(m) })
    const newer = call('search.query', { text: 'ab' }, { key: 'k4', onFailure: (m) => void failures.push(m) })
    calls[1]?.(ok(2))
    await newer
    calls[0]?.(refused)
    expect(await older).toEqual({ ok: false, message: 'Too long.' })
    expect(failures).toEqual([])
  })

  it('patches one field of the held state, and nothing while none is held', () => {
    let state = { data: null } as unknown as Store
    const set = (update: (s: Store) => Partial<Store>): void => void (state = { ...state, ...update(state) })
    patchData(set, 'noteCounts', () => ({ apis: 1 }))
    expect(state.data).toBeNull()
    state = { data: { noteCounts: {}, skills: {} } } as unknown as Store
    patchData(set, 'noteCounts', (counts) => ({ ...counts, apis: 2 }))
    expect(state.data).toEqual({ noteCounts: { apis: 2 }, skills: {} })
  })
})
