import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readFile } from 'node:fs/promises'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { tmpdir } from 'node:os'
import { extname, join, normalize, resolve, sep } from 'node:path'
import { chromium, type Browser, type Page } from '@playwright/test'
import { createCore, type Core } from '../../src/main/core'
import { fileLogger } from '../../src/main/log'
import type { Dispatch } from '../../src/main/router'
import type { Services } from '../../src/main/services'
import { DiagramPage } from '../../src/main/diagrams/diagram-page'
import { eventChannel } from '../../src/shared/contract'
import { TEST_NOW, testClock } from '../support/test-clock'
import { recordingShell } from '../support/test-services'
import type { Clock } from '../../src/main/clock'

/** Where `electron-vite build` puts the renderer the harness serves. */
export const RENDERER_DIR = resolve('out/renderer')

/** Flags that keep Debian's Chromium quiet on a machine without network or GPU. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

/** Path of the Chromium to drive, or null when none is installed. */
export function chromiumPath(): string | null {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(
    Boolean,
  ) as string[]
  return candidates.find((path) => existsSync(path)) ?? null
}

/** Why e2e specs cannot run here, or null when they can. Under CI a missing browser is an error instead. */
export function missingChromiumReason(): string | null {
  if (chromiumPath()) return null
  const reason = 'Chromium not found at /usr/bin/chromium (set CHROMIUM_PATH, or `apt-get install -y chromium`).'
  if (process.env.CI) throw new Error(`${reason} CI must run the e2e specs.`)
  return reason
}

/** Launches the Chromium the harness uses. */
export function launchChromium(): Promise<Browser> {
  const executablePath = chromiumPath()
  if (!executablePath) throw new Error(missingChromiumReason() ?? 'Chromium not found')
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS })
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
}

/** Path the page POSTs window.api calls to: `{ wire, payload }` in, the Result out. */
const INVOKE_PATH = '/__groundwork/invoke'

/** A folder served over HTTP from 127.0.0.1, which also answers the page's window.api calls. */
export interface StaticServer {
  url: string
  /** Routes window.api calls from pages of this server to `dispatch` (the real core's router). */
  setDispatch(dispatch: Dispatch): void
  close(): Promise<void>
}

function answerInvoke(request: IncomingMessage, response: ServerResponse, dispatch: Dispatch | null): void {
  const chunks: Buffer[] = []
  request.on('data', (chunk: Buffer) => chunks.push(chunk))
  request.on('end', () => {
    const { wire, payload } = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as {
      wire?: unknown
      payload?: unknown
    }
    const answer = dispatch
      ? dispatch(String(wire), payload, 'window')
      : Promise.resolve({ ok: false, error: { code: 'internal', message: 'No core is wired to this page.' } })
    void answer.then((result) =>
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(result)),
    )
  })
}

/** Serves a built page folder (index.html and assets) from 127.0.0.1 on a free port. */
export async function serveStatic(rootDir: string = RENDERER_DIR): Promise<StaticServer> {
  const root = resolve(rootDir)
  if (!existsSync(join(root, 'index.html')))
    throw new Error(`${root}/index.html is missing: run \`npm run build\` first.`)
  let dispatch: Dispatch | null = null
  const server = createServer((request, response) => {
    if (request.method === 'POST' && request.url === INVOKE_PATH) return answerInvoke(request, response, dispatch)
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname))
    const file = join(root, path === sep || path === '/' ? 'index.html' : path)
    if (!file.startsWith(root + sep)) return void response.writeHead(403).end()
    readFile(file).then(
      (body) =>
        response.writeHead(200, { 'content-type': MIME[extname(file)] ?? 'application/octet-stream' }).end(body),
      () => response.writeHead(404).end(),
    )
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  const address = server.address()
  if (!address || typeof address === 'string') throw new Error('no port')
  return {
    url: `http://127.0.0.1:${address.port}/`,
    setDispatch: (next) => void (dispatch = next),
    close: () => new Promise<void>((done) => server.close(() => done())),
  }
}

/** The built preload: the page gets window.api from the app's own bridge code, not a copy of it. */
export const PRELOAD_FILE = resolve('out/preload/index.cjs')

/**
 * The page side of the wiring: runs the built preload with an `electron` module whose
 * ipcRenderer goes to the test process over a same-origin fetch (CSP connect-src 'self'; about as
 * quick as Electron's IPC and, unlike a Playwright binding, not held up by the protocol traffic of
 * a page that is loading), and whose contextBridge defines window.api.
 */
function preloadInitScript(preloadSource: string): string {
  return `(() => {
  const listeners = new Map()
  const ipcRenderer = {
    invoke: (wire, payload) => fetch(${JSON.stringify(INVOKE_PATH)}, { method: 'POST', body: JSON.stringify({ wire, payload }) }).then((response) => response.json()),
    on: (channel, listener) => { if (!listeners.has(channel)) listeners.set(channel, new Set()); listeners.get(channel).add(listener) },
    removeListener: (channel, listener) => { listeners.get(channel)?.delete(listener) },
  }
  const contextBridge = { exposeInMainWorld: (key, value) => Object.defineProperty(window, key, { value, writable: false }) }
  Object.defineProperty(window, '__groundworkEmit', { value: (channel, payload) => listeners.get(channel)?.forEach((listener) => listener({}, payload)) })
  const electronOnly = (id) => { if (id === 'electron') return { ipcRenderer, contextBridge }; throw new Error('The sandboxed preload can only require electron, not ' + id) }
  const module = { exports: {} }
  ;(function (require, module, exports) {
${preloadSource}
  })(electronOnly, module, module.exports)
})()`
}

let preloadScript: Promise<string> | undefined

/** The init script around the built preload, read once per process (the bench wires hundreds of pages). */
function builtPreloadScript(): Promise<string> {
  preloadScript ??= (async () => {
    if (!existsSync(PRELOAD_FILE)) throw new Error(`${PRELOAD_FILE} is missing: run \`npm run build\` first.`)
    return preloadInitScript(await readFile(PRELOAD_FILE, 'utf8'))
  })()
  return preloadScript
}

/**
 * Wires a page that has not navigated yet to `core` through the app's built preload: window.api
 * calls go (through `server`, which must serve the page) to the real router, and main-to-renderer
 * events come back. Returns the function that emits to the page.
 */
export async function connectApi(
  page: Page,
  core: Core,
  server: StaticServer,
): Promise<(key: string, payload: unknown) => Promise<void>> {
  server.setDispatch(core.dispatch)
  const emitToPage = (key: string, payload: unknown): Promise<void> =>
    page.evaluate(
      ([channel, data]) =>
        (window as unknown as { __groundworkEmit(channel: string, p: unknown): void }).__groundworkEmit(channel, data),
      [key, payload] as const,
    )
  core.setEmitter((event, payload) => void emitToPage(eventChannel(event), payload).catch(() => undefined))
  await page.addInitScript({ content: await builtPreloadScript() })
  return emitToPage
}

/** A running app: the page, its data folder, and the test stand-ins for OS dialogs. */
export interface LaunchedApp {
  page: Page
  dataDir: string
  /** Closes like the window would: asks the renderer to save pending edits first. */
  close(): Promise<void>
  /** The next "open file" dialog answers this path (otherwise it is cancelled). */
  answerNextOpenDialog(filePath: string): void
  /** The next "choose a folder" dialog answers this path (otherwise it is cancelled). */
  answerNextFolderDialog(folderPath: string): void
  /** Paths revealed with "show in folder", and links handed to the OS browser. */
  shownInFolder: string[]
  openedExternally: string[]
  /** Messages the page logged as errors (CSP violations show up here). */
  consoleErrors: string[]
  /** Main's core, to change the data from outside the page (as an import or another device would). */
  core: Core
  /** The desktop notifications shown so far. */
  notifications(): Array<{ title: string; body: string }>
  /** Clicks the notification shown `index`-th (from 0), as the learner would. */
  clickNotification(index: number): void
  /** Moves main's clock and the page's on together by `ms`, then runs the minute's reminder check. */
  advanceClock(ms: number): Promise<void>
}

/**
 * Starts the app on `dataDir` (a new temp folder when not given); twice on one folder is a restart.
 * The page and main both start at `now` (TEST_NOW unless given) and run on at real speed, in the
 * machine's time zone, so no spec depends on the day it runs.
 */
export async function launchApp(options: { dataDir?: string; now?: Date } = {}): Promise<LaunchedApp> {
  const now = options.now ?? TEST_NOW
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'groundwork-e2e-')))
  const browser = await launchChromium()
  let nextOpen: string | null = null
  let nextFolder: string | null = null
  const shownInFolder: string[] = []
  const openedExternally: string[] = []
  const shell = recordingShell()
  // As in the app: a hidden page of its own draws the diagrams (the built diagram.html, served beside the app's page).
  const diagrams = new DiagramPage(async () => {
    const diagramPage = await browser.newPage()
    await diagramPage.goto(new URL('diagram.html', server.url).href)
    return { evaluate: (script) => diagramPage.evaluate(script), close: () => diagramPage.close() }
  })
  const services: Services = {
    showNotification: shell.showNotification,
    setTray: shell.setTray,
    setOpenAtLogin: shell.setOpenAtLogin,
    async showSaveDialog({ defaultName }) {
      await mkdir(join(dataDir, 'exports'), { recursive: true })
      return join(dataDir, 'exports', defaultName)
    },
    showOpenDialog() {
      const answer = nextOpen
      nextOpen = null
      return Promise.resolve(answer)
    },
    showFolderDialog() {
      const answer = nextFolder
      nextFolder = null
      return Promise.resolve(answer)
    },
    showInFolder(path) {
      shownInFolder.push(path)
      return Promise.resolve()
    },
    async printToPdf(html) {
      const pdfPage = await browser.newPage({ javaScriptEnabled: false })
      try {
        await pdfPage.setContent(html, { waitUntil: 'load' })
        return await pdfPage.pdf({ format: 'A4', printBackground: true })
      } finally {
        await pdfPage.close()
      }
    },
    openExternal(url) {
      openedExternally.push(url)
      return Promise.resolve()
    },
    // The page's colours follow the saved theme on their own; there is no native window here.
    setThemeSource: () => Promise.resolve(),
    renderDiagrams: (list) => diagrams.draw(list),
  }
  // The app's own log, in the folder the app keeps it in.
  const log = fileLogger(join(dataDir, 'logs'))
  // Main's clock runs at real speed from `now`, moved on by advanceClock as the page's is.
  let moved = 0
  const running = testClock(now)
  const clock: Clock = { now: () => new Date(running.now().getTime() + moved), timeZone: () => running.timeZone() }
  const core = await createCore({ dataDir, services, log, checkResponses: true, clock })
  const server = await serveStatic()
  const page = await browser.newPage()
  // A click that cannot happen fails on its own line, not as the whole test's timeout.
  page.setDefaultTimeout(15_000)
  const consoleErrors: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text())
  })
  await page.clock.install({ time: now })
  const emitToPage = await connectApi(page, core, server)
  const flushed = { resolve: (): void => undefined }
  core.setFlushedListener(() => flushed.resolve())
  await page.goto(server.url)
  // As the app does once its first screen is up: sync picks up where it was (nothing when it is off).
  void core.sync.resume().catch((error: unknown) => log('sync could not resume', error))
  void core.pictureCleanup.sweep().catch((error: unknown) => log('picture sweep failed', error))

  return {
    page,
    dataDir,
    shownInFolder,
    openedExternally,
    consoleErrors,
    core,
    notifications: () => shell.notifications.map(({ title, body }) => ({ title, body })),
    clickNotification(index) {
      const shown = shell.notifications[index]
      if (!shown) throw new Error(`No notification ${index}: ${shell.notifications.length} shown.`)
      shown.click()
    },
    async advanceClock(ms) {
      moved += ms
      await page.clock.fastForward(ms)
      await core.reminders.tick()
    },
    answerNextOpenDialog: (filePath) => void (nextOpen = filePath),
    answerNextFolderDialog: (folderPath) => void (nextFolder = folderPath),
    async close() {
      // Like the real window: ask the renderer to flush, wait for its answer (or give up after 3 s).
      await new Promise<void>((done) => {
        const timer = setTimeout(done, 3000)
        flushed.resolve = () => {
          clearTimeout(timer)
          done()
        }
        emitToPage(eventChannel('flushRequest'), null).catch(() => done())
      })
      await diagrams.close()
      await browser.close()
      await core.close()
      await server.close()
    },
  }
}
