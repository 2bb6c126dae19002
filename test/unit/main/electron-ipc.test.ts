import { beforeEach, describe, expect, it, vi } from 'vitest'
import { FakeWebContents, recorded, resetRecorded } from '../../support/fake-electron'
import { listChannels } from '../../../src/shared/contract'

vi.mock('electron', async () => (await import('../../support/fake-electron')).electronModule)
const { registerIpc } = await import('../../../src/main/electron-ipc')

const pages = { rendererFile: 'file:///app/out/renderer/index.html' }
const appContents = new FakeWebContents()
const dispatch = vi.fn(() => Promise.resolve({ ok: true as const, value: null }))
const log = vi.fn()

beforeEach(() => {
  resetRecorded()
  dispatch.mockClear()
  log.mockClear()
  registerIpc(dispatch, () => appContents as never, pages, log)
})

function call(event: object, channel = 'app:getState'): unknown {
  const handler = recorded.ipcHandlers.get(channel)
  if (!handler) throw new Error(`${channel} not registered`)
  return handler(event, undefined)
}

const topFrame = { url: pages.rendererFile, parent: null }

describe('IPC sender validation', () => {
  it('registers every contract channel', () => {
    expect([...recorded.ipcHandlers.keys()].sort()).toEqual(
      listChannels()
        .map(([, , wire]) => wire)
        .sort(),
    )
  })

  it('answers the app window top frame on the app page', async () => {
    expect(await call({ sender: appContents, senderFrame: topFrame })).toEqual({ ok: true, value: null })
    expect(dispatch).toHaveBeenCalledTimes(1)
  })

  it.each([
    ['another webContents', { sender: new FakeWebContents(), senderFrame: topFrame }],
    [
      'an iframe of the app window',
      { sender: appContents, senderFrame: { url: pages.rendererFile, parent: topFrame } },
    ],
    ['a frame that is gone', { sender: appContents, senderFrame: null }],
    [
      'the app window after navigating to a remote page',
      { sender: appContents, senderFrame: { url: 'https://evil.example/', parent: null } },
    ],
    [
      'the app window showing another local file',
      { sender: appContents, senderFrame: { url: 'file:///tmp/evil.html', parent: null } },
    ],
  ])('refuses %s with untrusted-sender, without reaching a handler', async (_name, event) => {
    expect(await call(event)).toEqual({ ok: false, error: { code: 'untrusted-sender', message: expect.any(String) } })
    expect(dispatch).not.toHaveBeenCalled()
  })

  it('logs a refused sender once per URL, with the channel it tried and why', async () => {
    const remote = { sender: appContents, senderFrame: { url: 'https://evil.example/', parent: null } }
    await call(remote, 'app:getState')
    await call(remote, 'notes:get')
    await call(
      { sender: new FakeWebContents(), senderFrame: { url: 'https://evil.example/', parent: null } },
      'backup:exportJson',
    )
    expect(log.mock.calls).toEqual([['Refused IPC on app:getState from https://evil.example/: not an app page.']])

    await call({ sender: appContents, senderFrame: { url: pages.rendererFile, parent: topFrame } }, 'skills:setStatus')
    await call({ sender: appContents, senderFrame: null }, 'app:flushed')
    expect(log.mock.calls.slice(1)).toEqual([
      [`Refused IPC on skills:setStatus from ${pages.rendererFile}: not the top-level frame.`],
      ['Refused IPC on app:flushed from (no frame): the frame is gone.'],
    ])
  })

  it('logs nothing for the app page, and clips a huge sender URL', async () => {
    await call({ sender: appContents, senderFrame: topFrame })
    expect(log).not.toHaveBeenCalled()
    await call({
      sender: new FakeWebContents(),
      senderFrame: { url: `data:text/html,${'x'.repeat(100_000)}`, parent: null },
    })
    const [line] = log.mock.calls[0] as [string]
    expect(line).toMatch(/^Refused IPC on app:getState from data:text\/html,x+: not the app window\.$/)
    expect(line.length).toBeLessThan(400)
  })
})
