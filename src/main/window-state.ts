import { readTextOrNull, writeDurably } from './store/durable-file'

/** The window's last size and position. */
export interface WindowState {
  x?: number
  y?: number
  width: number
  height: number
  maximized: boolean
}

function isInteger(value: unknown, min = -Infinity, max = Infinity): value is number {
  return Number.isInteger(value) && (value as number) >= min && (value as number) <= max
}

/**
 * A saved state as saveWindowState wrote it, or null. Checked by hand rather than with zod: the
 * window opens before the main process loads zod and the data code, which take tens of ms.
 */
export function parseWindowState(value: unknown): WindowState | null {
  if (typeof value !== 'object' || value === null) return null
  const { x, y, width, height, maximized } = value as Record<string, unknown>
  if ((x !== undefined && !isInteger(x)) || (y !== undefined && !isInteger(y))) return null
  if (!isInteger(width, 640, 10000) || !isInteger(height, 480, 10000)) return null
  if (maximized !== undefined && typeof maximized !== 'boolean') return null
  return {
    ...(x === undefined ? {} : { x }),
    ...(y === undefined ? {} : { y }),
    width,
    height,
    maximized: maximized ?? false,
  }
}

/** Size of a first window. */
export const DEFAULT_WINDOW: WindowState = { width: 1200, height: 800, maximized: false }

/** Reads the saved window state; anything unreadable falls back to the default size. */
export async function loadWindowState(path: string): Promise<WindowState> {
  try {
    const text = await readTextOrNull(path)
    return (text === null ? null : parseWindowState(JSON.parse(text))) ?? DEFAULT_WINDOW
  } catch {
    return DEFAULT_WINDOW
  }
}

/** Saves the window state durably. */
export async function saveWindowState(path: string, state: WindowState): Promise<void> {
  await writeDurably(path, JSON.stringify(state))
}
