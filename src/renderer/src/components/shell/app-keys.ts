import { VIEWS, type ViewId } from '../../state/ui-slice'
import { useStore } from '../../state/store'

/** Whether this is a Mac, for ⌘ instead of Ctrl. */
const IS_MAC = typeof navigator !== 'undefined' && /Mac/i.test(navigator.platform)
const MOD = IS_MAC ? '⌘' : 'Ctrl+'
const MOD_ARIA = IS_MAC ? 'Meta' : 'Control'

/** The key that shows a view: Ctrl/⌘ and its place in the navigation, 1 to 9. */
export function viewKey(view: ViewId): string {
  return `${MOD}${VIEWS.indexOf(view) + 1}`
}

/** The new-note key, as this platform writes it. */
export const NEW_NOTE_KEY = IS_MAC ? '⇧⌘N' : 'Ctrl+Shift+N'
/** The study timer's start/stop key, as this platform writes it. */
export const TIMER_KEY = IS_MAC ? '⇧⌘T' : 'Ctrl+Shift+T'
/** The same keys as aria-keyshortcuts spells them. */
export const ARIA_KEYS = { newNote: `${MOD_ARIA}+Shift+N`, timer: `${MOD_ARIA}+Shift+T` } as const

/** Runs a palette command; the commands load with the palette's code, not at start-up. */
function run(id: string): void {
  void import('../../commands/commands').then((commands) => commands.runCommand(id))
}

/**
 * The app's own keys, held with Ctrl (⌘ on a Mac) and working in text fields too: 1 to 9 show a
 * view, Shift+N starts a note on the selected skill, Shift+T starts the study timer (or stops the
 * running one). True when `event` was one of them and was acted on.
 */
export function runAppKey(event: KeyboardEvent): boolean {
  if (!(IS_MAC ? event.metaKey && !event.ctrlKey : event.ctrlKey && !event.metaKey) || event.altKey) return false
  // Closed dialogs only: a key behind a modal would change the page under it.
  if (useStore.getState().overlay !== null || document.querySelector('dialog[open]')) return false
  const digit = /^Digit([1-9])$/.exec(event.code)
  if (digit && !event.shiftKey) {
    const view = VIEWS[Number(digit[1]) - 1]!
    useStore.getState().showView(view)
    useStore.getState().setIntent('main')
    return true
  }
  if (!event.shiftKey) return false
  if (event.code === 'KeyN') run('note-new')
  else if (event.code === 'KeyT')
    run(useStore.getState().data?.study.sessions.some((session) => session.end === null) ? 'timer-stop' : 'timer-start')
  else return false
  return true
}
