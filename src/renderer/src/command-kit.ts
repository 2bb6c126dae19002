import type { Store } from './state/store'
import { focusWhenReady } from './components/focus'

/** One entry of the command palette. */
export interface AppCommand {
  id: string
  /** What the palette lists; a function when it names live data (e.g. the selected skill). */
  title: string | ((store: Store) => string)
  /** Heading it is listed under. */
  group: string
  /** Extra words the palette matches on. */
  keywords?: string[]
  /** Key hint shown next to it, e.g. "Ctrl+K". */
  shortcut?: string
  /** Whether it applies right now (e.g. "Stop timer" only while one runs); listed when absent. */
  available?(store: Store): boolean
  run(store: Store): void | Promise<void>
}

/** The title of a command as listed right now. */
export function commandTitle(command: AppCommand, store: Store): string {
  return typeof command.title === 'function' ? command.title(store) : command.title
}

/** Shows a view, then focuses an element of it once it has loaded. */
export function goTo(store: Store, view: Store['view'], focusId?: string): void {
  store.showView(view)
  if (focusId) focusWhenReady(focusId)
}
