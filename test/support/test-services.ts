import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { createCore, type Core } from '../../src/main/core'
import type { Services } from '../../src/main/services'
import type { Logger } from '../../src/main/router'
import { testClock } from './test-clock'
import type { TrayAction, TrayMenu } from '../../src/main/reminders/tray-menu'

/** What the test services record of the desktop shell: notifications (with their click), the tray, opening at login. */
export interface ShellRecord {
  notifications: Array<{ title: string; body: string; click: () => void }>
  /** The tray's menu as last set (null: no tray), and what its items do. */
  tray: { menu: TrayMenu | null; act: (action: TrayAction) => void }
  openAtLogin: boolean[]
}

/** The notification, tray and login services of tests, recording into a ShellRecord. */
export function recordingShell(): Pick<Services, 'showNotification' | 'setTray' | 'setOpenAtLogin'> & ShellRecord {
  const record: ShellRecord = { notifications: [], tray: { menu: null, act: () => undefined }, openAtLogin: [] }
  return {
    ...record,
    showNotification: ({ title, body }, click) => void record.notifications.push({ title, body, click }),
    setTray: (menu, act) => void Object.assign(record.tray, { menu, act }),
    setOpenAtLogin: (on) => void record.openAtLogin.push(on),
  }
}

/** Desktop services for tests under Node: saves land in <dataDir>/exports, opens and folder choices answer a queue each. */
export function testServices(
  dataDir: string,
  openAnswers: string[] = [],
  folderAnswers: string[] = [],
): Services & ShellRecord & { shown: string[]; opened: string[]; folderAnswers: string[]; themes: string[] } {
  const shown: string[] = []
  const opened: string[] = []
  const themes: string[] = []
  return {
    ...recordingShell(),
    shown,
    opened,
    themes,
    folderAnswers,
    async showSaveDialog({ defaultName }) {
      await mkdir(join(dataDir, 'exports'), { recursive: true })
      return join(dataDir, 'exports', defaultName)
    },
    showOpenDialog() {
      return Promise.resolve(openAnswers.shift() ?? null)
    },
    showFolderDialog() {
      return Promise.resolve(folderAnswers.shift() ?? null)
    },
    showInFolder(path) {
      shown.push(path)
      return Promise.resolve()
    },
    printToPdf() {
      return Promise.reject(new Error('PDF printing needs Chromium: covered by the e2e specs.'))
    },
    openExternal(url) {
      opened.push(url)
      return Promise.resolve()
    },
    setThemeSource(theme) {
      themes.push(theme)
      return Promise.resolve()
    },
    renderDiagrams() {
      return Promise.reject(new Error('Drawing diagrams needs Chromium: covered by the e2e specs.'))
    },
  }
}

/**
 * The real core over `dir` (store, handlers, router) with the test services. Every answer is
 * checked against the contract unless `checkResponses` is false (the app itself does not check).
 * Its clock starts at TEST_NOW.
 */
export function openTestCore(
  dir: string,
  options: {
    checkResponses?: boolean
    log?: Logger
    sync?: Parameters<typeof createCore>[0]['sync']
    /** What the folder dialogs answer, in turn (then they are cancelled). */
    folderAnswers?: string[]
  } = {},
): Promise<Core> {
  return createCore({
    dataDir: dir,
    services: testServices(dir, [], options.folderAnswers),
    log: options.log ?? (() => undefined),
    checkResponses: options.checkResponses ?? true,
    clock: testClock(),
    // Tests step sync themselves (syncNow) unless they ask for its watcher and timers.
    sync: options.sync ?? { watch: false, rescanMs: 3_600_000, writeDelayMs: 3_600_000 },
  })
}
