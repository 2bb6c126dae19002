import { useStore } from '../../state/store'
import { isTyping } from '../common/focus'
import { clearTypeahead, holdEarlyKey } from './palette-typeahead'
import { runAppKey } from './app-keys'

/** App-wide keys: Ctrl/Cmd+K, ?, / and Ctrl/Cmd+F, focus mode, the view, note and timer keys. */
function onKey(event: KeyboardEvent): void {
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
    store.setOverlay(store.overlay === 'palette' ? null : 'palette')
    return
  }
  if (runAppKey(event)) {
    event.preventDefault()
    return
  }
  // Search lives in the Skills view (which handles these keys itself); elsewhere they go there.
  const find = (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'f'
  const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTyping(event)
  if ((find || slash) && store.view !== 'skills' && store.overlay === null) {
    event.preventDefault()
    store.showView('skills')
    store.setIntent('skill-search')
    return
  }
  // "?" while typing is just a question mark.
  if (
    event.key === '?' &&
    !event.ctrlKey &&
    !event.metaKey &&
    !event.altKey &&
    !isTyping(event) &&
    store.overlay === null
  ) {
    event.preventDefault()
    store.setOverlay('shortcuts')
  }
}

// Keys typed while the palette loads are held for its input, before anything else sees them.
function onEarlyKey(event: KeyboardEvent): void {
  if (!holdEarlyKey(event)) return
  event.preventDefault()
  event.stopPropagation()
}

let listening = false

/**
 * Starts listening for the app-wide keys; main.tsx calls it before the first render, so a shortcut
 * pressed while the window appears (before React has put anything on screen) is not lost: the
 * store takes it, and the dialog it opens shows with the first paint. Calling it again does nothing.
 */
export function listenForAppKeys(): () => void {
  if (listening) return () => undefined
  listening = true
  document.addEventListener('keydown', onEarlyKey, true)
  document.addEventListener('keydown', onKey)
  return () => {
    listening = false
    document.removeEventListener('keydown', onEarlyKey, true)
    document.removeEventListener('keydown', onKey)
  }
}
