import { z } from 'zod'
import { readTextOrNull, writeDurably } from './store/durable-file'

/** The window's last size and position. */
export const windowStateSchema = z.object({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().min(640).max(10000),
  height: z.number().int().min(480).max(10000),
  maximized: z.boolean().default(false),
})
export type WindowState = z.infer<typeof windowStateSchema>

/** Size of a first window. */
export const DEFAULT_WINDOW: WindowState = { width: 1200, height: 800, maximized: false }

/** Reads the saved window state; anything unreadable falls back to the default size. */
export async function loadWindowState(path: string): Promise<WindowState> {
  try {
    const text = await readTextOrNull(path)
    return text === null ? DEFAULT_WINDOW : windowStateSchema.parse(JSON.parse(text))
  } catch {
    return DEFAULT_WINDOW
  }
}

/** Saves the window state durably. */
export async function saveWindowState(path: string, state: WindowState): Promise<void> {
  await writeDurably(path, JSON.stringify(state))
}
