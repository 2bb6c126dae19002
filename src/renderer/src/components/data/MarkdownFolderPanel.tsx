import { useRef, useState } from 'react'
import type { FolderPreview } from '../../../../shared/contract/markdown'
import { isCancelled } from '../../../../shared/contract/cancelled'
import { useStore } from '../../state/store'
import { useIntent } from '../../state/intent'
import { SavedTo } from '../common/SavedTo'
import { FolderImportDialog } from './FolderImportDialog'
import { FieldError } from '../common/FormFeedback'
import { usePendingImport } from '../imports/use-pending-import'
import type { FolderChoices } from '../../../../shared/contract/imports'

type Message =
  | { kind: 'saved'; text: string; path: string }
  | { kind: 'info'; text: string }
  | { kind: 'error'; text: string }
  | null

const notes = (n: number): string => `${n.toLocaleString()} ${n === 1 ? 'note' : 'notes'}`
const pictures = (n: number): string => `${n.toLocaleString()} ${n === 1 ? 'picture' : 'pictures'}`

/** What an export wrote, in words: the notes, and the pictures that went with them (or could not). */
function exportedWords(count: number, copied: number, missing: number): string {
  const withPictures = copied > 0 ? ` with ${pictures(copied)} in attachments` : ''
  const lacking =
    missing > 0 ? ` ${pictures(missing)} the notes show ${missing === 1 ? 'was' : 'were'} not in this profile.` : ''
  return `${notes(count)} exported${withPictures}.${lacking}`
}

/** Notes out to a folder of Markdown files (an Obsidian vault) and back in, with a preview before anything changes. */
export function MarkdownFolderPanel() {
  const markdown = useStore((s) => s.markdown)
  const flow = usePendingImport<FolderPreview>()
  const [exporting, setExporting] = useState(false)
  const busy = exporting || flow.busy
  const [message, setMessage] = useState<Message>(null)

  async function exportFolder(): Promise<void> {
    setExporting(true)
    setMessage(null)
    const outcome = await markdown.exportFolder()
    setExporting(false)
    if (!outcome.ok) return setMessage({ kind: 'error', text: outcome.message })
    if (isCancelled(outcome.value)) return
    const { path, notes: count, inNewFolder, pictures: copied, missingPictures } = outcome.value
    const where = inNewFolder
      ? 'The folder you chose held files already, so they went into a new folder in it:'
      : 'Written to'
    setMessage({ kind: 'saved', text: `${exportedWords(count, copied, missingPictures)} ${where}`, path })
  }
  async function chooseImport(): Promise<void> {
    setMessage(null)
    const failure = await flow.open(markdown.chooseImport)
    if (failure) setMessage({ kind: 'error', text: failure })
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

  async function confirm(choices: FolderChoices): Promise<void> {
    const done = await flow.confirm(choices)
    if (done?.answer.kind !== 'folder') return
    const { added, updated, safetyBackup } = done.answer
    const backup = safetyBackup
      ? ` The data you had before is kept as backup ${safetyBackup.split(/[\\/]/).pop() ?? safetyBackup}.`
      : ''
    const { pictures: brought, pictureProblems } = done.preview
    const withPictures = brought > 0 ? `, with ${pictures(brought)}` : ''
    const behind =
      pictureProblems.length > 0
        ? ` ${pictureProblems.length.toLocaleString()} picture ${pictureProblems.length === 1 ? 'link stays' : 'links stay'} as written, as the preview listed.`
        : ''
    setMessage({
      kind: 'info',
      text: `Imported from ${done.preview.folder.name}: ${notes(added)} added, ${notes(updated)} updated${withPictures}.${behind}${backup}`,
    })
  }

  return (
    <section className="data-panel markdown-folder" aria-labelledby="markdown-folder-heading">
      <h2 id="markdown-folder-heading">Notes as Markdown files</h2>
      <p className="hint">
        Every note as a .md file, in a folder per skill, ready to open as an Obsidian vault. Import a folder of .md
        files back: notes exported from here are updated, others are added once you have seen what changes.
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
      {flow.preview ? (
        <FolderImportDialog
          preview={flow.preview}
          busy={flow.busy}
          error={flow.error}
          onConfirm={(choices) => void confirm(choices)}
          onCancel={flow.cancel}
        />
      ) : null}
    </section>
  )
}
