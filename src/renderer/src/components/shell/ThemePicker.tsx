import { useEffect, useState } from 'react'
import { useStore } from '../../state/store'
import type { Theme } from '../../state/settings-slice'

const CHOICES: Array<[Theme, string]> = [
  ['system', 'System'],
  ['light', 'Light'],
  ['dark', 'Dark'],
]

/** Applies the saved theme to <html>: data-theme for light/dark, none to follow the OS. */
export function useApplyTheme(): void {
  const theme = useStore((s) => s.data?.settings.theme ?? 'system')
  useEffect(() => {
    const root = document.documentElement
    if (theme === 'system') delete root.dataset.theme
    else root.dataset.theme = theme
  }, [theme])
}

/** Three radio buttons: follow the OS, light, dark. */
export function ThemePicker() {
  const theme = useStore((s) => s.data?.settings.theme ?? 'system')
  const setTheme = useStore((s) => s.settings.setTheme)
  // Shown checked at once; falls back to the saved theme if saving fails.
  const [pending, setPending] = useState<Theme | null>(null)
  const shown = pending ?? theme
  return (
    <fieldset className="theme-picker">
      <legend>Theme</legend>
      {CHOICES.map(([value, label]) => (
        <label key={value}>
          <input
            type="radio"
            name="theme"
            value={value}
            checked={shown === value}
            onChange={() => {
              setPending(value)
              void setTheme(value).finally(() => setPending(null))
            }}
          />
          {label}
        </label>
      ))}
    </fieldset>
  )
}
