import { describe, expect, it, vi } from 'vitest'
import { recorded } from '../../support/fake-electron'
import { contract } from '../../../src/shared/contract'

vi.mock('electron', async () => (await import('../../support/fake-electron')).electronModule)
await import('../../../src/preload/index')

describe('the preload bridge', () => {
  it('exposes only window.api: one frozen function per contract channel plus on(), never ipcRenderer', async () => {
    expect([...recorded.exposed.keys()]).toEqual(['api'])
    const api = recorded.exposed.get('api') as Record<string, unknown>
    expect(Object.isFrozen(api)).toBe(true)
    expect(Object.keys(api).sort()).toEqual([...Object.keys(contract), 'on'].sort())
    for (const domain of Object.keys(contract) as Array<keyof typeof contract>) {
      const methods = api[domain] as Record<string, unknown>
      expect(Object.isFrozen(methods)).toBe(true)
      expect(Object.keys(methods).sort()).toEqual(Object.keys(contract[domain]).sort())
      for (const fn of Object.values(methods)) expect(typeof fn).toBe('function')
    }
    const { electronModule } = await import('../../support/fake-electron')
    for (const value of Object.values(api)) expect(value).not.toBe(electronModule.ipcRenderer)
  })

  it('refuses to subscribe to an event that is not in the contract', () => {
    const api = recorded.exposed.get('api') as { on(event: string, listener: () => void): unknown }
    expect(() => api.on('__proto__', () => undefined)).toThrow(/Unknown event/)
    expect(() => api.on('toString', () => undefined)).toThrow(/Unknown event/)
  })
})
