import { useState } from 'react'
import { useStore } from '../../state/store'
import { FieldError } from './FormFeedback'

/** "Saved to <path>" with a button that reveals the file in the OS file manager. */
export function SavedTo({ label, path }: { label: string; path: string }) {
  const [error, setError] = useState<string | null>(null)
  const showInFolder = useStore((s) => s.app.showInFolder)
  return (
    <div className="saved-to">
      <p>
        {label} <code className="path">{path}</code>
      </p>
      <button
        type="button"
        onClick={() => {
          setError(null)
          void showInFolder(path).then(
            (outcome) => outcome.ok || setError(`Could not show the file: ${outcome.message}`),
          )
        }}
      >
        Show in folder
      </button>
      <FieldError error={error} />
    </div>
  )
}
