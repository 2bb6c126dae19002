import { useState } from 'react'
import { useStore } from '../../state/store'
import { useTrashListing } from '../../state/trash-listing'
import { failureOf } from '../../state/call'
import { FormFeedback } from '../common/FormFeedback'

/** The rows the learner removed from the table, newest first, each with a way back (its mark and compare pick come back with it). */
export function RemovedFrameworks() {
  const removed = useTrashListing().filter((entry) => entry.kind === 'framework')
  const restore = useStore((s) => s.trash.restore)
  const [error, setError] = useState<string | null>(null)
  if (removed.length === 0) return null
  return (
    <section className="fw-removed" aria-labelledby="fw-removed-heading">
      <h3 id="fw-removed-heading">Removed rows</h3>
      <ul>
        {removed.map(({ id, name, deletedAt }) => (
          <li key={`${id}:${deletedAt}`}>
            <span>{name}</span>
            <button
              type="button"
              className="small"
              onClick={() => void restore(id).then((outcome) => setError(failureOf(outcome)))}
            >
              Restore<span className="visually-hidden"> {name}</span>
            </button>
          </li>
        ))}
      </ul>
      <FormFeedback error={error} />
    </section>
  )
}
