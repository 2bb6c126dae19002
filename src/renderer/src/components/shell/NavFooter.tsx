import { useStore } from '../../state/store'
import { Icon } from '../common/Icon'
import { SyncIndicator } from './SyncIndicator'

/** Whether this is a Mac, for showing ⌘ instead of Ctrl. */
const IS_MAC = typeof navigator !== 'undefined' && /Mac/i.test(navigator.platform)

/** The palette key, as this platform writes it. */
export const PALETTE_KEY = IS_MAC ? '⌘K' : 'Ctrl+K'

/** The find key, as this platform writes it. */
export const FIND_KEY = IS_MAC ? '⌘F' : 'Ctrl+F'
/** Undo's key (the undo bar): "⌘Z" on a Mac, "Ctrl+Z" elsewhere. */
export const UNDO_KEY = IS_MAC ? '⌘Z' : 'Ctrl+Z'
/** Focus mode's key in Skills. */
export const FOCUS_KEY = IS_MAC ? '⌘⇧F' : 'Ctrl+Shift+F'
/** The modifier the note editor's keys use, as this platform writes it before a letter. */
export const MOD_KEY = IS_MAC ? '⌘' : 'Ctrl+'

/** Bottom of the navigation: sync's state (while on), the command palette and the shortcuts sheet (the theme is in the Data view and the palette). */
export function NavFooter() {
  const setOverlay = useStore((s) => s.setOverlay)
  return (
    <div className="nav-footer">
      <SyncIndicator />
      <button
        type="button"
        onClick={() => setOverlay('palette')}
        aria-keyshortcuts={IS_MAC ? 'Meta+K' : 'Control+K'}
        title={`Commands (${PALETTE_KEY})`}
      >
        <Icon name="commands" />
        <span className="nav-label">Commands</span> <kbd className="nav-label">{PALETTE_KEY}</kbd>
      </button>
      <button type="button" onClick={() => setOverlay('shortcuts')} aria-keyshortcuts="?" title="Shortcuts (?)">
        <Icon name="keyboard" />
        <span className="nav-label">Shortcuts</span> <kbd className="nav-label">?</kbd>
      </button>
    </div>
  )
}
