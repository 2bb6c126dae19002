import { useState } from 'react'
import { isCancelled } from '../../../../shared/contract/cancelled'
import { useStore } from '../../state/store'
import { FormFeedback } from '../common/FormFeedback'

/** Saves every live card as a text file Anki imports; importing it again updates the cards instead of copying them. */
export function AnkiExport() {
  const exportAnki = useStore((s) => s.review.exportAnki)
  const [saved, setSaved] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const run = async (): Promise<void> => {
    setBusy(true)
    const outcome = await exportAnki()
    setBusy(false)
    if (!outcome.ok) return setError(`Could not export the cards: ${outcome.message}`)
    setError(null)
    if (!isCancelled(outcome.value)) setSaved(`Saved ${outcome.value.cards} cards to ${outcome.value.path}`)
  }
  return (
    <section className="panel anki-export" aria-labelledby="anki-heading">
      <h2 id="anki-heading">Anki</h2>
      <p className="hint">
        Every card, the curriculum’s and yours, as a text file for Anki’s File → Import. Importing a newer file again
        updates those cards rather than adding copies.
      </p>
      <button type="button" onClick={() => void run()} disabled={busy}>
        Export for Anki
      </button>
      <FormFeedback error={error} status={saved} />
    </section>
  )
}
