import { useState } from 'react'
import { isCancelled } from '../../../../shared/contract/cancelled'
import { useStore } from '../../state/store'
import { FormFeedback } from '../common/FormFeedback'

/** Saves the plan as an .ics file for the learner's calendar; a second export updates the same events there. */
export function ExportIcs() {
  const exportIcs = useStore((s) => s.plan.exportIcs)
  const [saved, setSaved] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const run = async (): Promise<void> => {
    setBusy(true)
    const outcome = await exportIcs()
    setBusy(false)
    if (!outcome.ok) return setError(outcome.message)
    setError(null)
    if (!isCancelled(outcome.value))
      setSaved(
        `Saved ${outcome.value.events} calendar events to ${outcome.value.path}. Importing a newer file updates them.`,
      )
  }
  return (
    <div className="plan-export">
      <button type="button" onClick={() => void run()} disabled={busy}>
        Export to calendar (.ics)
      </button>
      <FormFeedback error={error} status={saved} />
    </div>
  )
}
