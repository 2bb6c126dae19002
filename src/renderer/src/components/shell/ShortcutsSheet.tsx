import { useStore } from '../../state/store'
import { VIEWS } from '../../state/ui-slice'
import { Dialog } from '../common/Dialog'
import { FIND_KEY, FOCUS_KEY, MOD_KEY, PALETTE_KEY, UNDO_KEY } from './NavFooter'
import { VIEW_LABELS } from './NavBar'
import { NEW_NOTE_KEY, TIMER_KEY, viewKey } from './app-keys'

/** The app's own keyboard shortcuts, grouped by where they work (the keys every app has, like Tab, are left out). */
const SHORTCUTS: Array<{ area: string; keys: Array<[string, string]> }> = [
  {
    area: 'Anywhere',
    keys: [
      [PALETTE_KEY, 'Open the command palette: every view and action, and any skill, note, goal or framework by name'],
      [NEW_NOTE_KEY, 'Start a new note on the selected skill'],
      [TIMER_KEY, 'Open the study timer to start it, or stop the one running'],
      [`/ or ${FIND_KEY}`, 'Search skills and notes (opens Skills)'],
      [UNDO_KEY, 'Undo the last removal or reset (outside text fields)'],
      ['?', 'Show this list of shortcuts'],
    ],
  },
  {
    area: 'Views',
    keys: VIEWS.map((view): [string, string] => [viewKey(view), `Go to ${VIEW_LABELS[view]}`]),
  },
  {
    area: 'Skills',
    keys: [
      [FOCUS_KEY, 'Focus mode: the open note alone; Esc or the same keys bring the rest back'],
      ['Esc', 'Clear the search box'],
    ],
  },
  {
    area: 'Writing a note',
    keys: [
      [`${MOD_KEY}B`, 'Bold the selection (again to take it off)'],
      [`${MOD_KEY}I`, 'Italic'],
      [`${MOD_KEY}E`, 'Inline code'],
      [`${MOD_KEY}Shift+K`, 'Make the selection a link, its address ready to paste'],
      ['[[', 'Link to a skill or a note: pick with the arrows and Enter'],
      [FIND_KEY, 'Find (and replace) in the note'],
      [`${MOD_KEY}Z`, 'Undo in this note; each note keeps its own'],
      [`${MOD_KEY}] or ${MOD_KEY}[`, 'Indent or outdent the line'],
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
