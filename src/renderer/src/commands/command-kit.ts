import type { Store } from '../state/store'
import type { Intent } from '../state/ui-slice'

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

/** Shows a view, then asks one of its controls to act (mostly: take focus) once it shows. */
export function goTo(store: Store, view: Store['view'], intent?: Intent): void {
  store.showView(view)
  if (intent) store.setIntent(intent)
}
