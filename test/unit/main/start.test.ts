import { writeFile } from 'node:fs/promises'
import { afterAll, describe, expect, it, vi } from 'vitest'
import { fakeEvent, recorded, resetRecorded } from '../../support/fake-electron'
import { tempDir } from '../../support/temp-dir'

// The data file opens only when the test says so, to see what the app does in the meantime.
const gate = vi.hoisted(() => {
  let open = (): void => undefined
  const opened = new Promise<void>((resolve) => (open = resolve))
  return { opened, open: () => open() }
})
const seen = vi.hoisted(() => ({
  menus: 0,
  errorBoxes: [] as string[][],
  quits: 0,
  pagesLoadingWhenZodLoaded: null as number | null,
}))

vi.mock('electron', async () => {
  const { electronModule } = await import('../../support/fake-electron')
  const paths = new Map<string, string>()
  return {
    ...electronModule,
    app: {
      ...electronModule.app,
      isPackaged: false,
      requestSingleInstanceLock: () => true,
      whenReady: () => Promise.resolve(),
      setPath: (name: string, path: string) => void paths.set(name, path),
      getPath: (name: string) => paths.get(name) ?? '/nowhere',
      getVersion: () => '0.0.0',
      quit: () => void seen.quits++,
    },
    Menu: { buildFromTemplate: (template: unknown) => template, setApplicationMenu: () => void seen.menus++ },
    dialog: { showErrorBox: (title: string, content: string) => void seen.errorBoxes.push([title, content]) },
  }
})
// Records how far the window had got when the data code (zod first) began to load.
vi.mock('zod', async (importOriginal) => {
  const { recorded: now } = await import('../../support/fake-electron')
  seen.pagesLoadingWhenZodLoaded ??= now.windows.filter((window) => window.loaded !== null).length
  return importOriginal()
})
vi.mock('../../../src/main/core', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../src/main/core')>()
  return {
    ...real,
    createCore: async (...args: Parameters<typeof real.createCore>) => (await gate.opened, real.createCore(...args)),
  }
})

const temp = await tempDir()

const listenersBefore = {
  uncaught: process.listeners('uncaughtException'),
  rejection: process.listeners('unhandledRejection'),
}
resetRecorded()
process.env.GROUNDWORK_USER_DATA = temp.dir
await import('../../../src/main/index')
const { appPages } = await import('../../../src/main/window')

afterAll(async () => {
  // index.ts logs uncaught errors to its file; the test process keeps its own handlers only.
  for (const listener of process.listeners('uncaughtException'))
    if (!listenersBefore.uncaught.includes(listener)) process.off('uncaughtException', listener)
  for (const listener of process.listeners('unhandledRejection'))
    if (!listenersBefore.rejection.includes(listener)) process.off('unhandledRejection', listener)
  delete process.env.GROUNDWORK_USER_DATA
  await temp.remove()
})

describe('start-up of the main process', () => {
  it('opens the window and starts its page before loading the data code and file, and answers the page once they are in', async () => {
    await vi.waitFor(() => expect(recorded.windows[0]?.loaded).toBeTruthy())
    await vi.waitFor(() => expect(seen.pagesLoadingWhenZodLoaded).toBe(1))
    const win = recorded.windows[0]
    if (!win) throw new Error('no window')
    expect(seen.menus).toBe(0)

    // The preload's first call, from the app's own page, made before the data is open.
    const getState = recorded.ipcHandlers.get('app:getState')
    if (!getState) throw new Error('app:getState is not registered')
    const trusted = { sender: win.webContents, senderFrame: { url: appPages().rendererFile, parent: null } }
    let answer: unknown = 'pending'
    void Promise.resolve(getState(trusted, undefined)).then((value) => (answer = value))
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(answer).toBe('pending')

    gate.open()
    await vi.waitFor(() => expect(answer).not.toBe('pending'), { timeout: 5000 })
    expect(answer).toMatchObject({ ok: true, value: { notices: [], state: { skills: {} } } })
    await vi.waitFor(() => expect(seen.menus).toBe(1))
  })

  it('hides the window on close while the learner keeps the app in the tray, and closes it for real when quitting', async () => {
    const win = recorded.windows[0]
    const set = recorded.ipcHandlers.get('reminders:set')
    if (!win || !set) throw new Error('the app is not up')
    const trusted = { sender: win.webContents, senderFrame: { url: appPages().rendererFile, parent: null } }
    expect(await set(trusted, { keepInTray: true })).toMatchObject({ ok: true })
    expect(recorded.trays).toHaveLength(1)
    const flushRequests = (): number =>
      win.webContents.sent.filter(([channel]) => channel === 'event:flushRequest').length

    const close = fakeEvent()
    win.fire('close', close)
    expect(close.prevented).toBe(true)
    expect(win.visible).toBe(false)
    expect(flushRequests()).toBe(0)

    // Quit from the tray or the menu: the window asks the page to save its edits, then closes.
    for (const listener of recorded.appListeners.get('before-quit') ?? []) listener(fakeEvent())
    const closing = fakeEvent()
    win.fire('close', closing)
    expect(closing.prevented).toBe(true)
    expect(flushRequests()).toBe(1)
    // The data file is closed first, then the app quits (the next test counts its own quit).
    await vi.waitFor(() => expect(seen.quits).toBe(1))
    seen.quits = 0
  })

  it('says why it cannot start and quits, when the data folder cannot be used', async () => {
    // A file where the data folder should be: the store cannot create its files there.
    const blocked = `${temp.dir}/blocked`
    await writeFile(blocked, 'not a folder')
    vi.resetModules()
    resetRecorded()
    process.env.GROUNDWORK_USER_DATA = blocked
    // The log folder cannot be made either, so the log line goes to stderr.
    const stderr: string[] = []
    const write = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => (stderr.push(String(chunk)), true))
    try {
      await import('../../../src/main/index')
      await vi.waitFor(() => expect(seen.quits).toBe(1), { timeout: 5000 })
    } finally {
      write.mockRestore()
    }
    expect(stderr.join('')).toMatch(/start-up failed\nError: Groundwork cannot use its data folder/)
    expect(seen.errorBoxes).toHaveLength(1)
    const [title, content] = seen.errorBoxes[0] ?? []
    expect(title).toBe('Groundwork could not start')
    expect(content).toBe(
      `Groundwork cannot use its data folder ${blocked}: a file stands where a folder must be (EEXIST).`,
    )
  })
})
