import { useState } from 'react'
import type { FolderPreview } from '../../../../shared/contract/markdown'
import { Dialog } from '../common/Dialog'
import { SkillSelect } from '../common/SkillSelect'
import { FileReasons } from './FileReasons'
import { FieldError } from '../common/FormFeedback'
import { ImportCounts } from '../imports/ImportCounts'
import type { FolderChoices } from '../../../../shared/contract/imports'

const folderLabel = (folder: string): string => (folder === '' ? 'the chosen folder itself' : folder)
const notes = (n: number): string => `${n.toLocaleString()} ${n === 1 ? 'note' : 'notes'}`

/**
 * The preview of a Markdown folder import: how many notes are new, updated, unchanged and skipped (with
 * why), a skill for each folder whose files name none, and files with broken front matter, which come in
 * only if the learner ticks the box. Nothing is written before "Import".
 */
export function FolderImportDialog({
  preview,
  busy,
  error,
  onConfirm,
  onCancel,
}: {
  preview: FolderPreview
  busy: boolean
  error: string | null
  onConfirm: (choices: FolderChoices) => void
  onCancel: () => void
}) {
  const [includeBroken, setIncludeBroken] = useState(false)
  const [chosen, setChosen] = useState<Record<string, string>>(() =>
    Object.fromEntries(preview.place.map((row) => [row.folder, row.skillId ?? ''])),
  )
  const rows = preview.place.filter((row) => row.plain > 0 || (includeBroken && row.broken > 0))
  const added = preview.added + (includeBroken ? preview.broken.length : 0)
  const skipped = preview.skipped.length + (includeBroken ? 0 : preview.broken.length)
  const changes = added + preview.updated
  const missing = rows.some((row) => !chosen[row.folder])
  const choose = (folder: string, skillId: string): void => setChosen((current) => ({ ...current, [folder]: skillId }))
  const figures: [string, number][] = [
    ['New notes', added],
    ['Updated notes', preview.updated],
    ['Unchanged', preview.unchanged],
    ['Skipped files', skipped],
    ['Pictures with the notes', preview.pictures],
  ]
  return (
    <Dialog
      open
      onClose={() => busy || onCancel()}
      labelledBy="folder-import-title"
      describedBy="folder-import-desc"
      className="import-dialog folder-import-dialog"
    >
      <h2 id="folder-import-title">Import notes from this folder?</h2>
      <p id="folder-import-desc">
        Groundwork read the Markdown files in <code className="path">{preview.folder.name}</code>. Nothing changes until
        you import. A note that was exported from here is updated in place and keeps its earlier text in its history;
        your data is backed up first.
      </p>
      <ImportCounts
        caption="What the import does"
        columns={['How many']}
        rows={figures.map(([label, value]) => ({
          label,
          values: [value],
          changed: value > 0 && label !== 'Unchanged',
        }))}
      />
      {rows.length > 0 ? (
        <fieldset className="folder-skills">
          <legend>Which skill do these notes belong to?</legend>
          <p className="hint">
            These files do not say which of your skills they belong to. A folder named like a skill is matched already.
          </p>
          {rows.length > 1 ? (
            <SkillSelect
              id="folder-skill-all"
              label="Same skill for every folder"
              value=""
              placeholder="Choose to set them all…"
              onChange={(skillId) => rows.forEach((row) => choose(row.folder, skillId))}
            />
          ) : null}
          {rows.map((row, i) => (
            <SkillSelect
              key={row.folder}
              id={`folder-skill-${i}`}
              label={`Skill for ${notes(row.plain + (includeBroken ? row.broken : 0))} in ${folderLabel(row.folder)}`}
              value={chosen[row.folder] ?? ''}
              placeholder="Choose a skill…"
              onChange={(skillId) => choose(row.folder, skillId)}
            />
          ))}
        </fieldset>
      ) : null}
      {preview.broken.length > 0 ? (
        <div className="folder-broken">
          <h3>Front matter that cannot be read</h3>
          <FileReasons files={preview.broken} label="Files with broken front matter" />
          <label className="check">
            <input
              type="checkbox"
              checked={includeBroken}
              onChange={(event) => setIncludeBroken(event.target.checked)}
            />
            Import them as plain notes, front matter and all
          </label>
        </div>
      ) : null}
      {preview.skipped.length > 0 ? (
        <details className="folder-skipped">
          <summary>Files left out ({preview.skipped.length.toLocaleString()})</summary>
          <FileReasons files={preview.skipped} label="Files left out" />
        </details>
      ) : null}
      {preview.pictureProblems.length > 0 ? (
        <details className="folder-skipped">
          <summary>Pictures that stay behind ({preview.pictureProblems.length.toLocaleString()})</summary>
          <p className="hint">Their links stay in the notes as written.</p>
          <FileReasons files={preview.pictureProblems} label="Pictures that stay behind" />
        </details>
      ) : null}
      {preview.otherFiles > 0 ? (
        <p className="hint">
          {preview.otherFiles === 1
            ? 'One file that is not Markdown (.md) was passed over.'
            : `${preview.otherFiles.toLocaleString()} files that are not Markdown (.md) were passed over.`}
        </p>
      ) : null}
      {preview.otherKeys.length > 0 ? (
        <p className="hint">
          Front matter fields Groundwork does not keep, left out of the notes: {preview.otherKeys.join(', ')}.
        </p>
      ) : null}
      <FieldError error={error} />
      <div className="dialog-actions">
        {missing ? <p className="hint">Choose a skill for each folder first.</p> : null}
        <button type="button" data-autofocus disabled={busy} onClick={onCancel}>
          Cancel
        </button>
        <button
          type="button"
          className="primary"
          disabled={busy || changes === 0 || missing}
          onClick={() =>
            onConfirm({
              skills: rows.map((row) => ({ folder: row.folder, skillId: chosen[row.folder] ?? '' })),
              includeBroken,
            })
          }
        >
          {busy ? 'Importing…' : changes === 0 ? 'Nothing to import' : `Import ${notes(changes)}`}
        </button>
      </div>
    </Dialog>
  )
}
