import { readTextOrNull, writeDurably } from './store/durable-file'

// The learner's theme lives in the data file, which opens after the window. A copy kept beside the
// window state lets the window and its first paint take the theme before the data code loads.

/** A theme choice as the settings hold it: follow the OS, or always light or dark. */
export type ThemeSource = 'system' | 'light' | 'dark'

/** The copy's file name in the app's data folder. */
export const WINDOW_THEME_FILE = 'window-theme.json'

/** The page background of each scheme (styles.css --bg), so the window shows no other colour before the page paints. */
export function windowBackground(dark: boolean): string {
  return dark ? '#15171c' : '#f6f7f9'
}

/** The theme last saved with saveWindowTheme; "system" when none is saved or the copy is unreadable. */
export async function loadWindowTheme(path: string): Promise<ThemeSource> {
  try {
    const theme: unknown = JSON.parse((await readTextOrNull(path)) ?? 'null')
    return theme === 'light' || theme === 'dark' ? theme : 'system'
  } catch {
    return 'system'
  }
}

/** Keeps the theme for the next start's window, durably. */
export async function saveWindowTheme(path: string, theme: ThemeSource): Promise<void> {
  await writeDurably(path, JSON.stringify(theme))
}
