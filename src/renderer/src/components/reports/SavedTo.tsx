import { useState } from 'react'
import { call, messageOf } from '../../state/call'

/** "Saved to <path>" with a button that reveals the file in the OS file manager. */
export function SavedTo({ label, path }: { label: string; path: string }) {
  const [error, setError] = useState<string | null>(null)
  return (
    <div className="saved-to">
      <p>
        {label} <code className="path">{path}</code>
      </p>
      <button
        type="button"
        onClick={() => {
          setError(null)
          call(window.api.app.showInFolder({ path })).catch((e: unknown) => setError(`Could not show the file: ${messageOf(e)}`))
        }}
      >
        Show in folder
      </button>
      {error ? <p role="alert" className="field-error">{error}</p> : null}
    </div>
  )
}
