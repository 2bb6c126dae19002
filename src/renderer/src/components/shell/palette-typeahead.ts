import { useStore } from '../../state/store'

// The palette's code loads on the first Ctrl/Cmd+K after start-up; keys typed in that moment
// would go to the page behind (or nowhere). They are held here and handed to the palette's input.
let typed = ''
let enter = false

/** Starts a new hold, when Ctrl/Cmd+K opens the palette. */
export function clearTypeahead(): void {
  typed = ''
  enter = false
}

/** What was typed while the palette loaded, and whether Enter was pressed; empties the hold. */
export function takeTypeahead(): { text: string; enter: boolean } {
  const held = { text: typed, enter }
  clearTypeahead()
  return held
}

/**
 * Holds a key pressed while the palette is open but not yet on screen: characters and Backspace
 * edit the held text, Enter is kept for once the list is ready, Escape closes. Keys with Ctrl, Cmd
 * or Alt pass (Ctrl/Cmd+K closes it again). True when the key was held.
 */
export function holdEarlyKey(event: KeyboardEvent): boolean {
  if (useStore.getState().overlay !== 'palette' || document.querySelector('.palette [cmdk-input]')) return false
  if (event.ctrlKey || event.metaKey || event.altKey || enter) return false
  if (event.key.length === 1) typed += event.key
  else if (event.key === 'Backspace') typed = typed.slice(0, -1)
  else if (event.key === 'Enter') enter = true
  else if (event.key === 'Escape') {
    clearTypeahead()
    useStore.getState().setOverlay(null)
  } else return false
  return true
}
