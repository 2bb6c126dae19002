import type { PackPreview } from '../../../../shared/contract/packs'
import { changesAnything, type NamedCount } from '../../../../shared/packs/import-summary'
import { Dialog } from '../common/Dialog'
import './packs.css'
import { FieldError } from '../common/FormFeedback'
import { ImportCounts } from '../imports/ImportCounts'

/** One list of names under a heading, with how many more there are. */
function Names({ title, of }: { title: string; of: NamedCount }) {
  if (of.count === 0) return null
  const more = of.count - of.names.length
  return (
    <section className="pack-names" aria-label={title}>
      <h3>
        {title} ({of.count})
      </h3>
      <ul>
        {of.names.map((name, i) => (
          <li key={`${i}-${name}`}>{name}</li>
        ))}
      </ul>
      {more > 0 ? <p className="muted">and {more} more</p> : null}
    </section>
  )
}

/** What importing a pack or outline would add, rename and keep, before anything is written; Escape cancels unless busy. */
export function PackPreviewDialog({
  preview,
  busy,
  error,
  onConfirm,
  onCancel,
}: {
  preview: PackPreview
  busy: boolean
  error: string | null
  onConfirm: () => void
  onCancel: () => void
}) {
  const { summary: s, source } = preview
  const adding = source.kind === 'shipped'
  const changes = changesAnything(s)
  const rows: [string, number, number, number][] = [
    ['Categories', s.categories.added.count, s.categories.renamed.count, s.categories.kept],
    ['Skills', s.skills.added.count, s.skills.renamed.count + s.skills.updated.count, s.skills.kept.count],
    ['Sub-topics', s.subtopics.added.count, s.subtopics.renamed.count, s.subtopics.kept],
  ]
  return (
    <Dialog
      open
      onClose={() => busy || onCancel()}
      labelledBy="pack-preview-title"
      describedBy="pack-preview-desc"
      className="pack-preview"
    >
      <h2 id="pack-preview-title">{adding ? `Add ${source.name}?` : `Import ${source.name}?`}</h2>
      <p id="pack-preview-desc">
        {changes ? 'Here is what changes in your curriculum.' : 'Your curriculum already has everything in it.'} Items
        you already have are updated in place, with everything you recorded on them; nothing is removed.
        {s.pack?.addedVersion !== undefined
          ? ` You added release ${s.pack.addedVersion} of this pack before; this is release ${s.pack.packVersion}.`
          : ''}
      </p>
      <ImportCounts
        caption="What changes"
        columns={['Added', 'Updated', 'Kept as is']}
        rows={rows.map(([label, added, updated, kept]) => ({
          label,
          values: [added, updated, kept],
          changed: added + updated > 0,
        }))}
      />
      {s.ticked > 0 ? (
        <p>
          {s.ticked === 1 ? 'One sub-topic is ticked off' : `${s.ticked} sub-topics are ticked off`}, as the outline
          marks them.
        </p>
      ) : null}
      {s.frameworks.added + s.frameworks.updated > 0 ? (
        <p>
          Framework rows: {s.frameworks.added} added, {s.frameworks.updated} updated.
        </p>
      ) : null}
      {s.goalLinks > 0 ? (
        <p>Level goals gain {s.goalLinks === 1 ? 'one link' : `${s.goalLinks} links`} to these skills.</p>
      ) : null}
      <div className="pack-name-lists">
        <Names title="Skills to add" of={s.skills.added} />
        <Names title="Skills renamed" of={s.skills.renamed} />
        <Names title="Skills updated" of={s.skills.updated} />
        <Names title="Sub-topics to add" of={s.subtopics.added} />
        <Names title="Sub-topics renamed" of={s.subtopics.renamed} />
        <Names title="Categories to add" of={s.categories.added} />
        <Names title="Categories renamed" of={s.categories.renamed} />
        <Names title="Skills kept as they are" of={s.skills.kept} />
      </div>
      {s.skipped.length > 0 ? (
        <section className="pack-skipped" aria-label="Left out">
          <h3>Left out</h3>
          <p className="muted">These parts of the file have no clear place in a curriculum:</p>
          <ul>
            {s.skipped.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </section>
      ) : null}
      <FieldError error={error} />
      <div className="dialog-actions">
        <button type="button" data-autofocus disabled={busy} onClick={onCancel}>
          Cancel
        </button>
        <button type="button" className="primary" disabled={busy} onClick={onConfirm}>
          {busy ? 'Importing…' : adding ? 'Add to my curriculum' : 'Import into my curriculum'}
        </button>
      </div>
    </Dialog>
  )
}
