import { useStore } from '../../state/store'
import { Dialog } from '../common/Dialog'
import { FIND_KEY, PALETTE_KEY, UNDO_KEY } from './NavFooter'

/** Every keyboard shortcut, grouped by where it works. */
const SHORTCUTS: Array<{ area: string; keys: Array<[string, string]> }> = [
  {
    area: 'Anywhere',
    keys: [
      [PALETTE_KEY, 'Open the command palette: every view and action, and any skill, note, goal or framework by name'],
      ['?', 'Show this list of shortcuts'],
      [`/ or ${FIND_KEY}`, 'Search skills and notes (opens Skills)'],
      ['Esc', 'Close a dialog or the palette'],
      [UNDO_KEY, 'Undo the last removal or reset (outside text fields)'],
      ['Tab / Shift+Tab', 'Move between controls; the first Tab offers “Skip to content”'],
      ['Enter / Space', 'Follow a link, press a button, tick a box'],
      ['Arrow keys', 'Choose within a group of options (theme, confidence, level)'],
    ],
  },
  {
    area: 'Command palette',
    keys: [
      ['↑ / ↓', 'Move through the commands'],
      ['Enter', 'Run the highlighted command'],
    ],
  },
  {
    area: 'Skills',
    keys: [
      ['Esc', 'Clear the search box'],
      ['Enter', 'Open the focused skill or search result'],
    ],
  },
  {
    area: 'Review session',
    keys: [
      ['Space', 'Show the answer'],
      ['1 or A', 'Again: you did not remember'],
      ['2 or H', 'Hard: remembered with effort'],
      ['3 or G', 'Good: remembered'],
      ['4 or E', 'Easy: remembered at once'],
      ['Esc', 'End the session and see its summary; again to leave it'],
    ],
  },
]

/** The keyboard shortcuts sheet, opened with "?". */
export function ShortcutsSheet() {
  const open = useStore((s) => s.overlay === 'shortcuts')
  const setOverlay = useStore((s) => s.setOverlay)
  return (
    <Dialog open={open} onClose={() => setOverlay(null)} labelledBy="shortcuts-title" className="shortcuts">
      <h2 id="shortcuts-title">Keyboard shortcuts</h2>
      {SHORTCUTS.map(({ area, keys }) => (
        <section key={area} aria-labelledby={`shortcuts-${area.replace(/\W+/g, '-')}`}>
          <h3 id={`shortcuts-${area.replace(/\W+/g, '-')}`}>{area}</h3>
          <dl className="shortcut-list">
            {keys.map(([key, what]) => (
              <div key={key + what}>
                <dt>
                  <kbd>{key}</kbd>
                </dt>
                <dd>{what}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
      <div className="dialog-actions">
        <button type="button" onClick={() => setOverlay(null)}>
          Close
        </button>
      </div>
    </Dialog>
  )
}
