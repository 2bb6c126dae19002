import { lazy, Suspense, useEffect, useLayoutEffect } from 'react'
import { useStore } from '../../state/store'
import { ShortcutsSheet } from './ShortcutsSheet'
import { isTyping } from '../common/focus'
import { useApplyTheme } from './ThemePicker'
import { clearTypeahead, holdEarlyKey } from './palette-typeahead'
import { runAppKey } from './app-keys'
import '../common/extras.css'

// cmdk loads with the first Ctrl/Cmd+K, not at start-up.
const loadPalette = (): Promise<{ default: typeof import('./CommandPalette').CommandPalette }> =>
  import('./CommandPalette').then((m) => ({ default: m.CommandPalette }))
const CommandPalette = lazy(loadPalette)

/** App-wide keys (Ctrl/Cmd+K, ?, / and Ctrl/Cmd+F, the view, note and timer keys), the dialogs they open, and the theme on <html>. */
export function KeyboardLayer() {
  const setOverlay = useStore((s) => s.setOverlay)
  const paletteOpen = useStore((s) => s.overlay === 'palette')
  useApplyTheme()
  // Fetch the palette chunk once start-up is over, so the first Ctrl/Cmd+K opens at once.
  useEffect(() => {
    const timer = setTimeout(() => void loadPalette(), 1500)
    return () => clearTimeout(timer)
  }, [])
  // A layout effect, so the keys work from the first paint: a passive effect runs after it, and
  // a shortcut pressed in between was lost.
  useLayoutEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      const store = useStore.getState()
      // Focus mode: the note alone (Skills), and back; Escape leaves it unless something nearer took the key.
      if (
        (event.ctrlKey || event.metaKey) &&
        event.shiftKey &&
        !event.altKey &&
        event.key.toLowerCase() === 'f' &&
        store.view === 'skills' &&
        store.overlay === null
      ) {
        event.preventDefault()
        store.setFocusMode(!store.focusMode)
        return
      }
      if (event.key === 'Escape' && store.focusMode && !event.defaultPrevented && store.overlay === null) {
        store.setFocusMode(false)
        return
      }
      if ((event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'k') {
        event.preventDefault()
        clearTypeahead()
        setOverlay(useStore.getState().overlay === 'palette' ? null : 'palette')
        return
      }
      if (runAppKey(event)) {
        event.preventDefault()
        return
      }
      // Search lives in the Skills view (which handles these keys itself); elsewhere they go there.
      const find =
        (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'f'
      const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTyping(event)
      if ((find || slash) && useStore.getState().view !== 'skills' && useStore.getState().overlay === null) {
        event.preventDefault()
        useStore.getState().showView('skills')
        useStore.getState().setIntent('skill-search')
        return
      }
      // "?" while typing is just a question mark.
      if (
        event.key === '?' &&
        !event.ctrlKey &&
        !event.metaKey &&
        !event.altKey &&
        !isTyping(event) &&
        useStore.getState().overlay === null
      ) {
        event.preventDefault()
        setOverlay('shortcuts')
      }
    }
    // Keys typed while the palette loads are held for its input, before anything else sees them.
    const onEarlyKey = (event: KeyboardEvent): void => {
      if (!holdEarlyKey(event)) return
      event.preventDefault()
      event.stopPropagation()
    }
    document.addEventListener('keydown', onEarlyKey, true)
    document.addEventListener('keydown', onKey)
    return () => {
      document.removeEventListener('keydown', onEarlyKey, true)
      document.removeEventListener('keydown', onKey)
    }
  }, [setOverlay])
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
