import { useStore } from '../../state/store'
import { ThemePicker } from './ThemePicker'

/** Whether this is a Mac, for showing ⌘ instead of Ctrl. */
const IS_MAC = typeof navigator !== 'undefined' && /Mac/i.test(navigator.platform)

/** The palette key, as this platform writes it. */
export const PALETTE_KEY = IS_MAC ? '⌘K' : 'Ctrl+K'

/** The find key, as this platform writes it. */
export const FIND_KEY = IS_MAC ? '⌘F' : 'Ctrl+F'
/** Undo's key (the undo bar): "⌘Z" on a Mac, "Ctrl+Z" elsewhere. */
export const UNDO_KEY = IS_MAC ? '⌘Z' : 'Ctrl+Z'

/** Bottom of the navigation: the command palette, the shortcuts sheet and the theme. */
export function NavFooter() {
  const setOverlay = useStore((s) => s.setOverlay)
  return (
    <div className="nav-footer">
      <button type="button" onClick={() => setOverlay('palette')} aria-keyshortcuts={IS_MAC ? 'Meta+K' : 'Control+K'}>
        Commands <kbd>{PALETTE_KEY}</kbd>
      </button>
      <button type="button" onClick={() => setOverlay('shortcuts')} aria-keyshortcuts="?">
        Shortcuts <kbd>?</kbd>
      </button>
      <ThemePicker />
    </div>
  )
}
