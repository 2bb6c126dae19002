import { cp, mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import type { Browser } from '@playwright/test'
import { launchChromium } from '../../test/e2e/harness'
import { writeProfile } from '../profile'
import type { Reporter } from './report'

/** What every bench module gets from the runner. */
export interface BenchContext {
  /** The CI variant: fewer rounds, and a noise margin on timed targets. */
  quick: boolean
  report: Reporter
  /** A fresh folder for this module's files (on the same disk as a real profile). */
  folder(name: string): Promise<string>
  /** A data folder holding a copy of the 5,000-note profile; returns the file's size. */
  profileCopy(name: string): Promise<{ dir: string; path: string; bytes: number }>
  /** The one Chromium the browser figures share. */
  browser(): Promise<Browser>
}

/** One figure (or a few related ones) of the suite. */
export interface BenchModule {
  name: string
  run(ctx: BenchContext): Promise<void>
}

/** Builds the context over a work folder; `close` ends the browser. */
export function createContext(
  workDir: string,
  quick: boolean,
  report: Reporter,
): BenchContext & { close(): Promise<void> } {
  let profile: Promise<{ path: string; bytes: number }> | null = null
  let browser: Promise<Browser> | null = null
  const folder = async (name: string): Promise<string> => {
    const dir = join(workDir, name)
    await mkdir(dir, { recursive: true })
    return dir
  }
  return {
    quick,
    report,
    folder,
    async profileCopy(name) {
      profile ??= writeProfile(join(workDir, 'profile')).then(({ path, bytes }) => ({ path, bytes }))
      const { path, bytes } = await profile
      const dir = await folder(name)
      const copy = join(dir, 'groundwork-data.json')
      await cp(path, copy)
      return { dir, path: copy, bytes }
    },
    browser: () => (browser ??= launchChromium()),
    async close() {
      if (browser) await (await browser).close()
    },
  }
}
