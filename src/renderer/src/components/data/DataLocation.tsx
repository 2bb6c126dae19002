import { useEffect, useState } from 'react'
import type { AnswerOf } from '../../state/call'
import { useStore } from '../../state/store'
import { FieldError } from '../common/FormFeedback'

type Location = AnswerOf<'backup.location'>

/** Where the data file and the automatic backups are on this computer, with a button to show the file. */
export function DataLocation() {
  const location = useStore((s) => s.backup.location)
  const showInFolder = useStore((s) => s.app.showInFolder)
  const [where, setWhere] = useState<Location | null>(null)
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    let live = true
    void location().then((outcome) => {
      if (!live) return
      if (outcome.ok) setWhere(outcome.value)
      else setError(outcome.message)
    })
    return () => void (live = false)
  }, [location])

  return (
    <section className="data-panel data-location" aria-labelledby="location-heading">
      <h2 id="location-heading">Where your data lives</h2>
      <p className="hint">
        Everything stays on this computer, in one file that Groundwork writes safely after every change.
      </p>
      {where ? (
        <dl className="data-paths">
          <div>
            <dt>Data file</dt>
            <dd>
              <code className="path">{where.dataFile}</code>
            </dd>
          </div>
          <div>
            <dt>Automatic backups</dt>
            <dd>
              <code className="path">{where.backupsDir}</code>
            </dd>
          </div>
        </dl>
      ) : error ? null : (
        <p className="loading">Finding the data file…</p>
      )}
      {where ? (
        <button
          type="button"
          onClick={() => {
            setError(null)
            void showInFolder(where.dataFile).then(
              (outcome) => outcome.ok || setError(`Could not show the file: ${outcome.message}`),
            )
          }}
        >
          Show the data file in its folder
        </button>
      ) : null}
      <FieldError error={error} />
    </section>
  )
}
