import { describe, expect, it, vi } from 'vitest'
import { CHANNEL_METHODS, listChannels } from '../../../src/shared/contract/wire'

const exposed = new Map<string, unknown>()
const invoke = vi.fn((..._args: unknown[]) => Promise.resolve({ ok: true, value: null }))
const on = vi.fn()
const ipcRenderer = { invoke, on, removeListener: vi.fn() }
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => void exposed.set(key, value) },
  ipcRenderer,
}))
// The preload runs before every page start: the contract's schemas must stay out of it.
vi.mock('zod', () => {
  throw new Error('the preload loaded zod')
})

describe('preload', () => {
  it('exposes only window.api: one frozen function per contract channel, plus on(), never ipcRenderer', async () => {
    await import('../../../src/preload/index')
    expect([...exposed.keys()]).toEqual(['api'])
    const api = exposed.get('api') as Record<string, Record<string, unknown>>
    const expected = listChannels()
      .map(([domain, method]) => `${domain}.${method}`)
      .sort()
    const actual = Object.entries(api)
      .filter(([key]) => key !== 'on')
      .flatMap(([domain, methods]) => Object.keys(methods).map((method) => `${domain}.${method}`))
      .sort()
    expect(actual).toEqual(expected)
    expect(Object.keys(api).sort()).toEqual([...Object.keys(CHANNEL_METHODS), 'on'].sort())
    expect(Object.isFrozen(api)).toBe(true)
    for (const domain of Object.keys(CHANNEL_METHODS)) {
      expect(Object.isFrozen(api[domain])).toBe(true)
      for (const fn of Object.values(api[domain] ?? {})) expect(typeof fn).toBe('function')
    }
    for (const value of Object.values(api)) expect(value).not.toBe(ipcRenderer)
  })

  it('calls the wire name of the channel with the request as given', async () => {
    await import('../../../src/preload/index')
    const api = exposed.get('api') as { skills: { setStatus(r: unknown): Promise<unknown> } }
    await api.skills.setStatus({ skillId: 'apis', status: 'done' })
    expect(invoke).toHaveBeenLastCalledWith('skills:setStatus', { skillId: 'apis', status: 'done' })
  })

  it('asks for the state as the page starts, answers the first getState with it and later ones afresh', async () => {
    await import('../../../src/preload/index')
    const api = exposed.get('api') as {
      app: { getState(): Promise<unknown> }
      skills: { setStatus(r: unknown): Promise<unknown> }
    }
    // Asked for when the preload ran, before the page called anything.
    expect(invoke.mock.calls[0]).toEqual(['app:getState'])
    const early: unknown = invoke.mock.results[0]?.value
    await api.skills.setStatus({ skillId: 'apis', status: 'done' })
    expect(api.app.getState()).toBe(early)
    const callsBefore = invoke.mock.calls.length
    await api.app.getState()
    expect(invoke.mock.calls.length).toBe(callsBefore + 1)
    expect(invoke).toHaveBeenLastCalledWith('app:getState', undefined)
  })

  it('subscribes only to known events', async () => {
    await import('../../../src/preload/index')
    const api = exposed.get('api') as { on(event: string, listener: () => void): () => void }
    for (const unknown of ['ipc-anything', '__proto__', 'toString'])
      expect(() => api.on(unknown, () => undefined)).toThrow(/Unknown event/)
    const off = api.on('notice', () => undefined)
    expect(on).toHaveBeenCalledWith('event:notice', expect.any(Function))
    expect(typeof off).toBe('function')
  })
})
