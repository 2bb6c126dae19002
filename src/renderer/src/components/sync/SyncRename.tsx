import { useId, useState } from 'react'
import { FieldError } from '../common/FormFeedback'
import { deviceNameProblem } from '../../../../shared/sync/device-name'

/** A new name for this computer, checked as the contract checks it; Escape or Cancel keeps the old one. */
export function SyncRename({
  current,
  rename,
  onDone,
}: {
  current: string
  rename: (name: string) => Promise<boolean>
  onDone: () => void
}) {
  const [name, setName] = useState(current)
  const [error, setError] = useState<string | null>(null)
  const id = useId()
  return (
    <form
      className="sync-rename"
      aria-label="Rename this computer"
      noValidate
      onSubmit={(event) => {
        event.preventDefault()
        const problem = deviceNameProblem(name)
        setError(problem)
        if (!problem) void rename(name.trim()).then((ok) => ok && onDone())
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onDone()
      }}
    >
      <label htmlFor={id}>Name of this computer</label>
      <input
        id={id}
        value={name}
        autoFocus
        maxLength={80}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => setName(event.target.value)}
      />
      <button type="submit" className="primary">
        Save name
      </button>
      <button type="button" onClick={onDone}>
        Cancel
      </button>
      <FieldError id={`${id}-error`} error={error} />
    </form>
  )
}
