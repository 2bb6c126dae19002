import { useState } from 'react'
import { useStore } from '../../state/store'
import { useCurriculum } from '../../state/curriculum'
import { failureOf } from '../../state/call'
import { FormFeedback } from '../common/FormFeedback'

/** The rows the learner removed from the table, newest first, each with a way back (its mark and compare pick come back with it). */
export function RemovedFrameworks() {
  const removed = useCurriculum().trash.flatMap((entry) => (entry.kind === 'framework' ? [{ trashId: entry.id, name: entry.framework.name }] : []))
  const restore = useStore((s) => s.curriculum.restore)
  const [error, setError] = useState<string | null>(null)
  if (removed.length === 0) return null
  return (
    <section className="fw-removed" aria-labelledby="fw-removed-heading">
      <h3 id="fw-removed-heading">Removed rows</h3>
      <ul>
        {removed.reverse().map(({ trashId, name }) => (
          <li key={trashId}>
            <span>{name}</span>
            <button type="button" className="small" onClick={() => void restore(trashId).then((outcome) => setError(failureOf(outcome)))}>
              Restore<span className="visually-hidden"> {name}</span>
            </button>
          </li>
        ))}
      </ul>
      <FormFeedback error={error} />
    </section>
  )
}
