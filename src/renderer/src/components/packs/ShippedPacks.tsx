import { useEffect, useState } from 'react'
import type { ShippedInfo } from '../../../../shared/contract/packs'
import { useStore } from '../../state/store'
import { useCurriculum } from '../../state/curriculum'

/** The packs shipped with Groundwork, fetched once per mount; null while they load. */
export function useShippedPacks(): { packs: ShippedInfo[] | null; error: string | null } {
  const shipped = useStore((s) => s.packs.shipped)
  const [packs, setPacks] = useState<ShippedInfo[] | null>(null)
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    let live = true
    void shipped().then((outcome) => {
      if (!live) return
      if (outcome.ok) setPacks(outcome.value.packs)
      else setError(outcome.message)
    })
    return () => void (live = false)
  }, [shipped])
  return { packs, error }
}

/**
 * Each shipped pack with what it holds and a button to add it, or its newer release (it updates in
 * place); with `again`, an added pack can be added again (bringing back what the pack holds).
 */
export function ShippedPacks({
  packs,
  busy,
  onAdd,
  labelledBy,
  again,
}: {
  packs: ShippedInfo[]
  busy: boolean
  onAdd: (packId: string) => void
  labelledBy: string
  again: boolean
}) {
  const added = useCurriculum().packs
  return (
    <ul className="shipped-packs" aria-labelledby={labelledBy}>
      {packs.map((pack) => {
        const mine = added.find((p) => p.id === pack.id)
        const newer = mine !== undefined && mine.packVersion < pack.packVersion
        const [text, label] = !mine
          ? ['Add', `Add ${pack.title}`]
          : newer
            ? ['Update', `Update ${pack.title}`]
            : ['Add again', `Add ${pack.title} again`]
        return (
          <li key={pack.id} className="shipped-pack">
            <div className="shipped-pack-text">
              <span className="shipped-pack-title">{pack.title}</span>
              <span className="muted">{pack.description}</span>
              <span className="shipped-pack-size">
                {pack.skills} skills · {pack.subtopics} sub-topics
                {newer ? ' · a newer release than yours' : mine && again ? ' · added' : ''}
              </span>
            </div>
            {mine && !newer && !again ? (
              <span className="pill pill-added">Added</span>
            ) : (
              <button
                type="button"
                className={mine ? 'small' : 'small primary'}
                aria-label={label}
                disabled={busy}
                onClick={() => onAdd(pack.id)}
              >
                {text}
              </button>
            )}
          </li>
        )
      })}
    </ul>
  )
}
