import { useState } from 'react'
import { isCancelled } from '../../../../shared/contract/cancelled'
import { useStore } from '../../state/store'
import { FormFeedback } from '../common/FormFeedback'

const pictures = (n: number): string => `${n.toLocaleString()} ${n === 1 ? 'picture' : 'pictures'}`

/** Where the cards went and, when cards show pictures, where they went and where Anki wants them. */
function savedWords({
  cards,
  path,
  media,
}: {
  cards: number
  path: string
  media: { folder: string; pictures: number; missing: number } | null
}): string {
  const saved = `Saved ${cards} cards to ${path}`
  if (!media) return saved
  const lacking =
    media.missing > 0
      ? ` ${pictures(media.missing)} the cards show ${media.missing === 1 ? 'was' : 'were'} not in this profile.`
      : ''
  if (media.pictures === 0) return `${saved}.${lacking}`
  const one = media.pictures === 1
  const which = one ? 'The picture the cards show' : `The ${pictures(media.pictures)} the cards show`
  return `${saved}. ${which} went to ${media.folder}: copy ${one ? 'it' : 'them'} into the collection.media folder of your Anki profile (in Anki’s data folder, Anki2), where Anki looks for pictures.${lacking}`
}

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
    if (!isCancelled(outcome.value)) setSaved(savedWords(outcome.value))
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
