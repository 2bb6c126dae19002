// A recording stand-in for the few Electron APIs the main-process glue touches, so unit tests
// can check window options, navigation and session handlers without the Electron binary.
type Listener = (...args: unknown[]) => unknown

/** An event whose preventDefault is recorded. */
export function fakeEvent(
  extra: Record<string, unknown> = {},
): { prevented: boolean; preventDefault(): void } & Record<string, unknown> {
  return {
    prevented: false,
    preventDefault() {
      this.prevented = true
    },
    ...extra,
  }
}

class Emitter {
  readonly listeners = new Map<string, Listener[]>()
  on(name: string, listener: Listener): this {
    this.listeners.set(name, [...(this.listeners.get(name) ?? []), listener])
    return this
  }
  once(name: string, listener: Listener): this {
    return this.on(name, listener)
  }
  /** Calls every listener of `name` as Electron would. */
  fire(name: string, ...args: unknown[]): void {
    for (const listener of this.listeners.get(name) ?? []) listener(...args)
  }
}

/** A webContents that records its handlers. */
export class FakeWebContents extends Emitter {
  /** What main sent the page: [channel, payload] in order. */
  readonly sent: Array<[string, unknown]> = []
  send(channel: string, payload: unknown): void {
    this.sent.push([channel, payload])
  }
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler
  }
  /** Scripts run in the page, in order; `answerScript` says what each answers. */
  readonly scripts: string[] = []
  answerScript: (script: string) => unknown = () => undefined
  executeJavaScript(script: string): Promise<unknown> {
    this.scripts.push(script)
    return Promise.resolve(this.answerScript(script))
  }
  /** Stands in for Chromium's printing: the options it was given, as bytes. */
  printToPDF(options: object): Promise<Uint8Array> {
    return Promise.resolve(new TextEncoder().encode(`%PDF ${JSON.stringify(options)}`))
  }
}

/** Everything the fake records; reset between tests. */
export const recorded = {
  windows: [] as FakeBrowserWindow[],
  openedExternally: [] as string[],
  ipcHandlers: new Map<string, Listener>(),
  permissionRequestHandler: null as Listener | null,
  permissionCheckHandler: null as Listener | null,
  beforeRequest: null as { filter: { urls: string[] }; listener: Listener } | null,
  appListeners: new Map<string, Listener[]>(),
  exposed: new Map<string, unknown>(),
  notifications: [] as FakeNotification[],
  trays: [] as FakeTray[],
  loginItemSettings: [] as Array<{ openAtLogin: boolean }>,
  quits: 0,
}

/** A BrowserWindow that keeps the options it was made with. */
export class FakeBrowserWindow extends Emitter {
  readonly webContents = new FakeWebContents()
  loaded: string | null = null
  destroyed = false
  constructor(readonly options: Record<string, unknown>) {
    super()
    recorded.windows.push(this)
    for (const listener of recorded.appListeners.get('web-contents-created') ?? []) listener({}, this.webContents)
  }
  loadFile(path: string): Promise<void> {
    this.loaded = path
    return Promise.resolve()
  }
  loadURL(url: string): Promise<void> {
    this.loaded = url
    return Promise.resolve()
  }
  destroy(): void {
    this.destroyed = true
  }
  /** Background colours set after creation, in order. */
  readonly backgrounds: string[] = []
  setBackgroundColor(colour: string): void {
    this.backgrounds.push(colour)
  }
  maximize(): void {}
  /** Whether the window is on screen (shown, not hidden), and whether it has been focused. */
  visible = true
  focused = false
  show(): void {
    this.visible = true
  }
  hide(): void {
    this.visible = false
  }
  focus(): void {
    this.focused = true
  }
  isMinimized(): boolean {
    return false
  }
  restore(): void {}
  isMaximized(): boolean {
    return false
  }
  getNormalBounds(): { x: number; y: number; width: number; height: number } {
    return { x: 0, y: 0, width: 1200, height: 800 }
  }
}

/** A desktop notification that records being shown; `fire('click')` is the learner's click. */
export class FakeNotification extends Emitter {
  shown = false
  constructor(readonly options: { title: string; body: string }) {
    super()
    recorded.notifications.push(this)
  }
  static isSupported(): boolean {
    return true
  }
  show(): void {
    this.shown = true
  }
}

/** A tray icon that keeps its tooltip and menu template (Menu.buildFromTemplate answers the template itself). */
export class FakeTray extends Emitter {
  tooltip = ''
  menu: Array<{ label?: string; type?: string; enabled?: boolean; click?: () => void }> = []
  destroyed = false
  constructor(readonly image: unknown) {
    super()
    recorded.trays.push(this)
  }
  setToolTip(text: string): void {
    this.tooltip = text
  }
  setContextMenu(menu: FakeTray['menu']): void {
    this.menu = menu
  }
  destroy(): void {
    this.destroyed = true
  }
}

/** nativeTheme as Electron keeps it: themeSource decides, and "system" follows the OS (systemDark here). */
export const nativeTheme = {
  themeSource: 'system' as 'system' | 'light' | 'dark',
  systemDark: false,
  get shouldUseDarkColors(): boolean {
    return this.themeSource === 'dark' || (this.themeSource === 'system' && this.systemDark)
  },
}

/** The module object `vi.mock('electron', ...)` returns. */
export const electronModule = {
  BrowserWindow: FakeBrowserWindow,
  app: {
    on(name: string, listener: Listener) {
      recorded.appListeners.set(name, [...(recorded.appListeners.get(name) ?? []), listener])
    },
    setLoginItemSettings: (settings: { openAtLogin: boolean }) => void recorded.loginItemSettings.push(settings),
    setAppUserModelId: () => undefined,
    quit: () => void recorded.quits++,
  },
  Notification: FakeNotification,
  Tray: FakeTray,
  Menu: { buildFromTemplate: (template: unknown) => template, setApplicationMenu: () => undefined },
  nativeImage: {
    createFromPath: (path: string) => ({ path, resize: (size: object) => ({ path, ...size }) }),
  },
  shell: {
    openExternal(url: string) {
      recorded.openedExternally.push(url)
      return Promise.resolve()
    },
  },
  screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
  nativeTheme,
  powerMonitor: {
    on(name: string, listener: Listener) {
      recorded.appListeners.set(`powerMonitor:${name}`, [
        ...(recorded.appListeners.get(`powerMonitor:${name}`) ?? []),
        listener,
      ])
    },
  },
  session: {
    defaultSession: {
      setPermissionRequestHandler: (handler: Listener) => void (recorded.permissionRequestHandler = handler),
      setPermissionCheckHandler: (handler: Listener) => void (recorded.permissionCheckHandler = handler),
      webRequest: {
        onBeforeRequest: (filter: { urls: string[] }, listener: Listener) =>
          void (recorded.beforeRequest = { filter, listener }),
      },
    },
  },
  ipcMain: { handle: (channel: string, listener: Listener) => void recorded.ipcHandlers.set(channel, listener) },
  ipcRenderer: { invoke: () => Promise.resolve(undefined), on() {}, removeListener() {} },
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => void recorded.exposed.set(key, value) },
}

/** Clears what was recorded. */
export function resetRecorded(): void {
  recorded.windows.length = 0
  recorded.openedExternally.length = 0
  recorded.ipcHandlers.clear()
  recorded.permissionRequestHandler = null
  recorded.permissionCheckHandler = null
  recorded.beforeRequest = null
  recorded.appListeners.clear()
  recorded.exposed.clear()
  recorded.notifications.length = 0
  recorded.trays.length = 0
  recorded.loginItemSettings.length = 0
  recorded.quits = 0
  nativeTheme.themeSource = 'system'
  nativeTheme.systemDark = false
}
