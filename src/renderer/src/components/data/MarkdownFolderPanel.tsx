import { useRef, useState } from 'react'
import type { FolderPreview } from '../../../../shared/contract/markdown'
import { isCancelled } from '../../../../shared/contract/cancelled'
import { useStore } from '../../state/store'
import { useIntent } from '../../state/intent'
import { SavedTo } from '../common/SavedTo'
import { FolderImportDialog, type FolderChoices } from './FolderImportDialog'
import { FieldError } from '../common/FormFeedback'

type Message = { kind: 'saved'; text: string; path: string } | { kind: 'info'; text: string } | { kind: 'error'; text: string } | null

const notes = (n: number): string => `${n.toLocaleString()} ${n === 1 ? 'note' : 'notes'}`

/** Notes out to a folder of Markdown files (an Obsidian vault) and back in, with a preview before anything changes. */
export function MarkdownFolderPanel() {
  const markdown = useStore((s) => s.markdown)
  const [busy, setBusy] = useState(false)
  const [preview, setPreview] = useState<FolderPreview | null>(null)
  const [dialogError, setDialogError] = useState<string | null>(null)
  const [message, setMessage] = useState<Message>(null)

  async function exportFolder(): Promise<void> {
    setBusy(true)
    setMessage(null)
    const outcome = await markdown.exportFolder()
    setBusy(false)
    if (!outcome.ok) return setMessage({ kind: 'error', text: outcome.message })
    if (isCancelled(outcome.value)) return
    const { path, notes: count, inNewFolder } = outcome.value
    const where = inNewFolder ? 'The folder you chose held files already, so they went into a new folder in it:' : 'Written to'
    setMessage({ kind: 'saved', text: `${notes(count)} exported. ${where}`, path })
  }
  async function chooseImport(): Promise<void> {
    setBusy(true)
    setMessage(null)
    const outcome = await markdown.chooseImport()
    setBusy(false)
    if (!outcome.ok) setMessage({ kind: 'error', text: outcome.message })
    else if (!isCancelled(outcome.value)) setPreview(outcome.value)
  }
  // The palette's "Import a Markdown folder" presses the button, as the learner would.
  const importButton = useRef<HTMLButtonElement>(null)
  useIntent(
    'markdown-import',
    () => {
      importButton.current?.focus()
      void chooseImport()
    },
    !busy,
  )

  async function confirm(current: FolderPreview, choices: FolderChoices): Promise<void> {
    setBusy(true)
    setDialogError(null)
    const outcome = await markdown.confirmImport(current.token, choices.skills, choices.includeBroken)
    setBusy(false)
    if (!outcome.ok) return setDialogError(outcome.message)
    setPreview(null)
    const { added, updated, safetyBackup } = outcome.value
    const backup = safetyBackup ? ` The data you had before is kept as backup ${safetyBackup.split(/[\\/]/).pop() ?? safetyBackup}.` : ''
    setMessage({ kind: 'info', text: `Imported from ${current.folder.name}: ${notes(added)} added, ${notes(updated)} updated.${backup}` })
  }
  function cancel(current: FolderPreview): void {
    setPreview(null)
    setDialogError(null)
    void markdown.cancelImport(current.token)
  }

  return (
    <section className="data-panel markdown-folder" aria-labelledby="markdown-folder-heading">
      <h2 id="markdown-folder-heading">Notes as Markdown files</h2>
      <p className="hint">
        Every note as a .md file, in a folder per skill, ready to open as an Obsidian vault. Import a folder of .md files back: notes exported from here are updated, others are added once you have seen what
        changes.
      </p>
      <div className="button-row">
        <button type="button" disabled={busy} onClick={() => void exportFolder()}>
          Export notes as Markdown folder…
        </button>
        <button type="button" ref={importButton} disabled={busy} onClick={() => void chooseImport()}>
          Import Markdown folder…
        </button>
      </div>
      <div className="data-messages" role="status" aria-live="polite">
        {message?.kind === 'saved' ? <SavedTo label={message.text} path={message.path} /> : null}
        {message?.kind === 'info' ? <p className="ok-message">{message.text}</p> : null}
      </div>
      <FieldError error={message?.kind === 'error' ? message.text : null} />
      {preview ? <FolderImportDialog preview={preview} busy={busy} error={dialogError} onConfirm={(choices) => void confirm(preview, choices)} onCancel={() => cancel(preview)} /> : null}
    </section>
  )
}
