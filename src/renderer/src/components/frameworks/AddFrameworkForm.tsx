import { useState } from 'react'
import { useStore } from '../../state/store'
import { failureOf } from '../../state/call'
import { FormFeedback } from '../common/FormFeedback'
import { FrameworkFields } from './FrameworkFields'
import { emptyDraft, factsOf, ratingsOf } from './framework-draft'

/** "Add a framework": a row of the learner's own, with its facts and their own 1 to 5 ratings. */
export function AddFrameworkForm() {
  const edit = useStore((s) => s.curriculum.edit)
  const [draft, setDraft] = useState(emptyDraft)
  const [error, setError] = useState<string | null>(null)
  const [saved, setSaved] = useState<string | null>(null)
  const submit = async (event: React.FormEvent): Promise<void> => {
    event.preventDefault()
    const outcome = await edit({ op: 'addFramework', ...factsOf(draft), ratings: ratingsOf(draft) })
    setError(failureOf(outcome))
    setSaved(outcome.ok ? `${draft.name.trim()} was added to the table.` : null)
    if (outcome.ok) setDraft(emptyDraft())
  }
  return (
    <details className="fw-add">
      <summary>Add a framework of your own</summary>
      <form className="fw-add-form" aria-label="Add a framework" onSubmit={(event) => void submit(event)}>
        <FrameworkFields draft={draft} onChange={setDraft} />
        <button type="submit">Add to the table</button>
        <FormFeedback error={error} status={saved} />
      </form>
    </details>
  )
}
