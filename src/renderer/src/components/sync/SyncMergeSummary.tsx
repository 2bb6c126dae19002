import type { SyncConflict, SyncMerge } from '../../../../shared/contract/sync'
import { STATUS_LABELS } from '../../../../shared/skills/progress'
import { plural, timeAgo } from './sync-words'

/** "From Desktop: 3 notes, 12 reviews, 1 status" (and the other changes), or that nothing came. */
export function mergeWords(merge: SyncMerge): string {
  const { notes, reviews, statuses, other } = merge.counts
  const parts = [
    notes > 0 ? plural(notes, 'note') : '',
    reviews > 0 ? plural(reviews, 'review') : '',
    statuses > 0 ? plural(statuses, 'status', 'statuses') : '',
    other > 0 ? plural(other, 'other change') : '',
  ].filter(Boolean)
  const from = merge.from.length > 0 ? merge.from.join(', ') : 'the library'
  return `From ${from}: ${parts.length > 0 ? parts.join(', ') : 'nothing new'}`
}

/** A merged value as the learner reads it: a skill status by its label, nothing as "(empty)". */
export function valueWords(value: unknown): string {
  if (value === undefined || value === null || value === '') return '(empty)'
  if (typeof value === 'string') return (STATUS_LABELS as Record<string, string | undefined>)[value] ?? value
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  return JSON.stringify(value)
}

/** What the last merge brought in, and each small field two computers changed at once, with "Use this instead". */
export function SyncMergeSummary({
  merge,
  now,
  busy,
  onUseOther,
}: {
  merge: SyncMerge
  now: Date
  busy: boolean
  onUseOther: (conflictId: string) => void
}) {
  return (
    <section className="sync-merge" aria-labelledby="sync-merge-heading">
      <h3 id="sync-merge-heading">Last merge</h3>
      <p>
        {mergeWords(merge)} <span className="hint">({timeAgo(merge.at, now)})</span>
      </p>
      {merge.conflicts.length > 0 ? (
        <>
          <p className="hint">
            Changed on two computers at once: one value was kept. The other is here, if it is the one you meant.
          </p>
          <ul className="sync-conflicts">
            {merge.conflicts.map((conflict) => (
              <ConflictRow key={conflict.id} conflict={conflict} busy={busy} onUseOther={onUseOther} />
            ))}
          </ul>
        </>
      ) : null}
    </section>
  )
}

function ConflictRow({
  conflict,
  busy,
  onUseOther,
}: {
  conflict: SyncConflict
  busy: boolean
  onUseOther: (conflictId: string) => void
}) {
  const other = valueWords(conflict.other)
  return (
    <li className="sync-conflict">
      <span className="sync-conflict-label">{conflict.label}</span>
      <span>
        Kept: <strong>{valueWords(conflict.kept)}</strong> <span className="hint">(from {conflict.keptFrom})</span>
      </span>
      <span>
        Other: <strong>{other}</strong>
      </span>
      <button
        type="button"
        disabled={busy}
        aria-label={`Use this instead: ${other} for ${conflict.label}`}
        onClick={() => onUseOther(conflict.id)}
      >
        Use this instead
      </button>
    </li>
  )
}
