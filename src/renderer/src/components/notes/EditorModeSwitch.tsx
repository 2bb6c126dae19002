import { NOTE_MODES } from '../../../../shared/settings/workspace'
import type { Workspace } from '../../state/settings-slice'

/** How the editor shows a note. */
export type NoteMode = Workspace['noteMode']

const LABELS: Record<NoteMode, string> = { edit: 'Edit', split: 'Split', preview: 'Preview' }
const HINTS: Record<NoteMode, string> = {
  edit: 'The text alone',
  split: 'The text and its preview side by side',
  preview: 'The formatted note alone',
}

/**
 * A small segmented control: edit, split (side by side), or preview. Radio buttons underneath, so Tab
 * reaches it once and the arrow keys move between the choices. Side by side is offered only
 * where the pane is wide enough for two readable columns (`splitFits`).
 */
export function EditorModeSwitch({
  mode,
  splitFits,
  onMode,
}: {
  mode: NoteMode
  splitFits: boolean
  onMode: (mode: NoteMode) => void
}) {
  return (
    <div role="radiogroup" aria-label="Note layout" className="mode-switch">
      {NOTE_MODES.map((value) => {
        const off = value === 'split' && !splitFits
        return (
          <label
            key={value}
            className="mode-option"
            title={off ? 'Side by side needs a wider pane: widen the notes or hide the skill list' : HINTS[value]}
          >
            <input
              type="radio"
              name="note-mode"
              value={value}
              checked={mode === value}
              disabled={off}
              onChange={() => onMode(value)}
            />
            <span>{LABELS[value]}</span>
          </label>
        )
      })}
    </div>
  )
}
