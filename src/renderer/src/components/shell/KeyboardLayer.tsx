import { lazy, Suspense, useEffect } from 'react'
import { useStore } from '../../state/store'
import { ShortcutsSheet } from './ShortcutsSheet'
import { useApplyTheme } from './ThemePicker'
import '../common/extras.css'

// cmdk loads with the first Ctrl/Cmd+K, not at start-up.
const loadPalette = (): Promise<{ default: typeof import('./CommandPalette').CommandPalette }> =>
  import('./CommandPalette').then((m) => ({ default: m.CommandPalette }))
const CommandPalette = lazy(loadPalette)

/** The dialogs the app-wide keys open (see app-key-listeners.ts), and the theme on <html>. */
export function KeyboardLayer() {
  const paletteOpen = useStore((s) => s.overlay === 'palette')
  useApplyTheme()
  // Fetch the palette chunk once start-up is over, so the first Ctrl/Cmd+K opens at once.
  useEffect(() => {
    const timer = setTimeout(() => void loadPalette(), 1500)
    return () => clearTimeout(timer)
  }, [])
  return (
    <>
      {paletteOpen ? (
        <Suspense fallback={null}>
          <CommandPalette />
        </Suspense>
      ) : null}
      <ShortcutsSheet />
    </>
  )
}
