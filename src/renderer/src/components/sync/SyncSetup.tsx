import { useEffect, useId, useRef, useState } from 'react'
import { deviceNameProblem } from '../../../../shared/sync/device-name'
import { isCancelled } from '../../../../shared/contract/cancelled'
import { useStore } from '../../state/store'
import { useIntent } from '../../state/intent'
import { FieldError } from '../common/FormFeedback'

/** A folder chosen in the OS dialog, and what it already holds. */
interface Chosen {
  folder: string
  hasLibrary: boolean
  devices: string[]
}

/** Sync while off: what it does, then a folder and a name for this computer, then start (or join). */
export function SyncSetup() {
  const sync = useStore((s) => s.sync)
  const [chosen, setChosen] = useState<Chosen | null>(null)
  const [name, setName] = useState('')
  const [nameError, setNameError] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const nameId = useId()
  const setupButton = useRef<HTMLButtonElement>(null)
  const nameField = useRef<HTMLInputElement>(null)

  async function chooseFolder(): Promise<void> {
    setError(null)
    setBusy(true)
    const outcome = await sync.chooseFolder()
    setBusy(false)
    if (!outcome.ok) return setError(`Could not open the folder: ${outcome.message}`)
    if (isCancelled(outcome.value)) return
    setChosen(outcome.value)
  }
  // Once a folder is chosen, the name is what is asked next.
  useEffect(() => {
    if (chosen) nameField.current?.focus()
  }, [chosen])
  // The palette's "Set up sync…" presses the button, as the learner would.
  useIntent(
    'sync-setup',
    () => {
      setupButton.current?.focus()
      void chooseFolder()
    },
    !busy && chosen === null,
  )

  async function start(): Promise<void> {
    const problem = deviceNameProblem(name)
    setNameError(problem)
    if (problem || !chosen) return nameField.current?.focus()
    setBusy(true)
    setError(null)
    const outcome = await sync.start(chosen.folder, name.trim())
    setBusy(false)
    if (!outcome.ok) setError(`Could not start sync: ${outcome.message}`)
  }

  if (!chosen)
    return (
      <>
        <p className="hint">
          Study on more than one computer? Pick a folder that Syncthing, Dropbox, iCloud Drive, OneDrive or a USB stick
          already keeps in step, on each of them. Groundwork writes its own files there and merges what every computer
          changed, so no edit is lost.
        </p>
        <button type="button" ref={setupButton} disabled={busy} onClick={() => void chooseFolder()}>
          Set up sync…
        </button>
        <FieldError error={error} />
      </>
    )

  const others = chosen.devices.join(', ')
  return (
    <form
      className="sync-setup"
      aria-label="Set up sync"
      noValidate
      onSubmit={(event) => {
        event.preventDefault()
        void start()
      }}
    >
      <dl className="data-paths">
        <div>
          <dt>Folder</dt>
          <dd>
            <code className="path">{chosen.folder}</code>
          </dd>
        </div>
      </dl>
      <p className={chosen.hasLibrary ? 'sync-join-note' : 'hint'}>
        {chosen.hasLibrary
          ? `This folder holds a library of ${others || 'another computer'}: this computer will join it and its data will be merged, after a backup.`
          : 'A new library starts in this folder. Choose the same folder on your other computers to join it.'}
      </p>
      <div className="sync-name">
        <label htmlFor={nameId}>Name of this computer</label>
        <input
          id={nameId}
          ref={nameField}
          value={name}
          maxLength={80}
          placeholder="e.g. Laptop"
          aria-invalid={nameError ? true : undefined}
          aria-describedby={nameError ? `${nameId}-error` : undefined}
          onChange={(event) => {
            setName(event.target.value)
            if (nameError) setNameError(deviceNameProblem(event.target.value))
          }}
        />
        <FieldError id={`${nameId}-error`} error={nameError} />
      </div>
      <div className="button-row">
        <button type="submit" className="primary" disabled={busy}>
          {chosen.hasLibrary ? 'Join and merge' : 'Start syncing'}
        </button>
        <button type="button" disabled={busy} onClick={() => void chooseFolder()}>
          Choose another folder…
        </button>
        <button
          type="button"
          disabled={busy}
          onClick={() => {
            setChosen(null)
            setNameError(null)
            setError(null)
          }}
        >
          Cancel
        </button>
      </div>
      <p role="status" className="form-status">
        {busy ? (chosen.hasLibrary ? 'Backing up and merging…' : 'Starting…') : ''}
      </p>
      <FieldError error={error} />
    </form>
  )
}
