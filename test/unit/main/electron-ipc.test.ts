import { beforeEach, describe, expect, it, vi } from 'vitest'
import { FakeWebContents, recorded, resetRecorded } from '../../support/fake-electron'
import { listChannels } from '../../../src/shared/contract'

vi.mock('electron', async () => (await import('../../support/fake-electron')).electronModule)
const { registerIpc } = await import('../../../src/main/electron-ipc')

const pages = { rendererFile: 'file:///app/out/renderer/index.html' }
const appContents = new FakeWebContents()
const dispatch = vi.fn(() => Promise.resolve({ ok: true as const, value: null }))

beforeEach(() => {
  resetRecorded()
  dispatch.mockClear()
  registerIpc(dispatch, () => appContents as never, pages)
})

function call(event: object): unknown {
  const handler = recorded.ipcHandlers.get('app:getState')
  if (!handler) throw new Error('app:getState not registered')
  return handler(event, undefined)
}

const topFrame = { url: pages.rendererFile, parent: null }

describe('IPC sender validation', () => {
  it('registers every contract channel', () => {
    expect([...recorded.ipcHandlers.keys()].sort()).toEqual(listChannels().map(([, , wire]) => wire).sort())
  })

  it('answers the app window top frame on the app page', async () => {
    expect(await call({ sender: appContents, senderFrame: topFrame })).toEqual({ ok: true, value: null })
    expect(dispatch).toHaveBeenCalledTimes(1)
  })

  it.each([
    ['another webContents', { sender: new FakeWebContents(), senderFrame: topFrame }],
    ['an iframe of the app window', { sender: appContents, senderFrame: { url: pages.rendererFile, parent: topFrame } }],
    ['a frame that is gone', { sender: appContents, senderFrame: null }],
    ['the app window after navigating to a remote page', { sender: appContents, senderFrame: { url: 'https://evil.example/', parent: null } }],
    ['the app window showing another local file', { sender: appContents, senderFrame: { url: 'file:///tmp/evil.html', parent: null } }],
  ])('refuses %s with untrusted-sender, without reaching a handler', async (_name, event) => {
    expect(await call(event)).toEqual({ ok: false, error: { code: 'untrusted-sender', message: expect.any(String) } })
    expect(dispatch).not.toHaveBeenCalled()
  })
})
