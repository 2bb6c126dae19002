import { useState } from 'react'
import type { FrameworkRow } from '../../../../shared/model'
import { useStore } from '../../state/store'
import { failureOf } from '../../state/call'
import { FormFeedback } from '../common/FormFeedback'
import { FrameworkFields } from './FrameworkFields'
import { changedRatings, draftOf, factsOf } from './framework-draft'

/** Changes any fact of a row and, for a framework, its ratings (a changed score becomes the learner's own). */
export function EditFrameworkForm({ row, onDone }: { row: FrameworkRow; onDone: () => void }) {
  const edit = useStore((s) => s.curriculum.edit)
  const [draft, setDraft] = useState(() => draftOf(row))
  const [error, setError] = useState<string | null>(null)
  const submit = async (event: React.FormEvent): Promise<void> => {
    event.preventDefault()
    const ratings = changedRatings(row, draft)
    const outcome = await edit({
      op: 'updateFramework',
      frameworkId: row.id,
      ...factsOf(draft),
      ...(Object.keys(ratings).length > 0 ? { ratings } : {}),
    })
    setError(failureOf(outcome))
    if (outcome.ok) onDone()
  }
  return (
    <form className="fw-edit-form" aria-label={`Change ${row.name}`} onSubmit={(event) => void submit(event)}>
      <FrameworkFields draft={draft} onChange={setDraft} rated={row.kind === 'framework'} />
      <FormFeedback error={error} />
      <div className="form-actions">
        <button type="submit" className="primary">
          Save changes
        </button>
        <button type="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  )
}
