import { describe, expect, it, vi } from 'vitest'
import { listChannels } from '../../src/shared/contract'

const exposed: Record<string, unknown> = {}
const invoke = vi.fn(async (..._args: unknown[]) => ({ ok: true, value: null }))
const on = vi.fn()
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => void (exposed[key] = value) },
  ipcRenderer: { invoke, on, removeListener: vi.fn() },
}))

describe('preload', () => {
  it('exposes exactly one function per contract channel, plus on()', async () => {
    await import('../../src/preload/index')
    const api = exposed.api as Record<string, Record<string, unknown>>
    const expected = listChannels().map(([domain, method]) => `${domain}.${method}`).sort()
    const actual = Object.entries(api)
      .filter(([key]) => key !== 'on')
      .flatMap(([domain, methods]) => Object.keys(methods).map((method) => `${domain}.${method}`))
      .sort()
    expect(actual).toEqual(expected)
    expect(Object.keys(api).sort()).toEqual([...new Set(listChannels().map(([d]) => d)), 'on'].sort())
    expect(Object.isFrozen(api)).toBe(true)
  })

  it('calls the wire name of the channel with the request as given', async () => {
    await import('../../src/preload/index')
    const api = exposed.api as { skills: { setStatus(r: unknown): Promise<unknown> } }
    await api.skills.setStatus({ skillId: 'apis', status: 'done' })
    expect(invoke).toHaveBeenLastCalledWith('skills:setStatus', { skillId: 'apis', status: 'done' })
  })

  it('asks for the state as the page starts, answers the first getState with it and later ones afresh', async () => {
    await import('../../src/preload/index')
    const api = exposed.api as { app: { getState(): Promise<unknown> }; skills: { setStatus(r: unknown): Promise<unknown> } }
    // Asked for when the preload ran, before the page called anything.
    expect(invoke.mock.calls[0]).toEqual(['app:getState'])
    const early = invoke.mock.results[0]?.value
    await api.skills.setStatus({ skillId: 'apis', status: 'done' })
    expect(api.app.getState()).toBe(early)
    const callsBefore = invoke.mock.calls.length
    await api.app.getState()
    expect(invoke.mock.calls.length).toBe(callsBefore + 1)
    expect(invoke).toHaveBeenLastCalledWith('app:getState', undefined)
  })

  it('subscribes only to known events', async () => {
    await import('../../src/preload/index')
    const api = exposed.api as { on(event: string, listener: () => void): () => void }
    expect(() => api.on('ipc-anything', () => undefined)).toThrow(/Unknown event/)
    const off = api.on('notice', () => undefined)
    expect(on).toHaveBeenCalledWith('event:notice', expect.any(Function))
    expect(typeof off).toBe('function')
  })
})
