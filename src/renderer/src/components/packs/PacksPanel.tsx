import { useId, useRef, useState } from 'react'
import { useIntent } from '../../state/intent'
import { FormFeedback } from '../common/FormFeedback'
import { SavedTo } from '../common/SavedTo'
import { ShippedPacks, useShippedPacks } from './ShippedPacks'
import { usePackImport } from './use-pack-import'
import { ExportDialog } from './ExportDialog'
import './packs.css'

/** In Edit curriculum: add a shipped pack, import a pack or an outline (with a preview), export all or part of the curriculum. */
export function PacksPanel() {
  const headingId = useId()
  const listId = useId()
  const flow = usePackImport()
  const { packs, error } = useShippedPacks()
  const [exporting, setExporting] = useState(false)
  const [saved, setSaved] = useState<string | null>(null)
  const [listShown, setListShown] = useState(false)
  const addButton = useRef<HTMLButtonElement>(null)
  const importButton = useRef<HTMLButtonElement>(null)
  const exportButton = useRef<HTMLButtonElement>(null)
  // The palette's pack commands land here once the editor shows.
  // The editor's dialog gives focus to its first control once its children have mounted: focus moves after that.
  const focusSoon = (button: HTMLButtonElement | null): void => void requestAnimationFrame(() => button?.focus())
  useIntent('curriculum-packs', () => {
    setListShown(true)
    focusSoon(addButton.current)
  })
  // The import button is disabled while the file dialog is open: it takes focus once that dialog is
  // answered (or closed), after the editor's own first focus, as focus goes back to an opener.
  useIntent('curriculum-pack-import', () => void flow.chooseFile().finally(() => focusSoon(importButton.current)))
  useIntent('curriculum-pack-export', () => {
    setExporting(true)
  })
  return (
    <section className="ce-packs" aria-labelledby={headingId}>
      <h3 id={headingId}>Packs</h3>
      <p className="muted">
        Add a ready-made pack, bring in a pack file or a Markdown outline (you see what changes first), or share yours.
        Adding a pack again updates it in place.
      </p>
      <div className="button-row">
        <button
          type="button"
          ref={addButton}
          aria-expanded={listShown}
          aria-controls={listId}
          onClick={() => setListShown(!listShown)}
        >
          Add a pack
        </button>
        <button type="button" ref={importButton} disabled={flow.busy} onClick={() => void flow.chooseFile()}>
          Import a pack or outline…
        </button>
        <button type="button" ref={exportButton} onClick={() => setExporting(true)}>
          Export as a pack or outline…
        </button>
      </div>
      <div id={listId} hidden={!listShown}>
        {packs && packs.length > 0 ? (
          <ShippedPacks
            packs={packs}
            busy={flow.busy}
            onAdd={(id) => void flow.previewShipped(id)}
            labelledBy={headingId}
            again
          />
        ) : (
          <p className="muted">{packs ? 'No packs come with this version.' : 'Loading the packs…'}</p>
        )}
      </div>
      <FormFeedback
        error={error ?? (flow.message?.kind === 'error' ? flow.message.text : null)}
        status={flow.message?.kind === 'done' ? flow.message.text : ''}
      />
      {saved ? <SavedTo label="Saved to" path={saved} /> : null}
      {flow.dialog}
      {exporting ? (
        <ExportDialog
          onClose={() => setExporting(false)}
          onSaved={(path) => {
            setExporting(false)
            setSaved(path)
          }}
        />
      ) : null}
    </section>
  )
}
