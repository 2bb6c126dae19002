import { useEffect, useRef, useState } from 'react'
import { useStore } from '../../state/store'
import { useIntent } from '../../state/intent'
import { useMinuteClock } from '../../use-clock'
import { FieldError } from '../common/FormFeedback'
import { SyncSetup } from './SyncSetup'
import { SyncStatusPanel } from './SyncStatusPanel'
import { syncStateWords } from './sync-words'

/** The Data view's Sync section: how to set it up while off; where it stands and what merged while on. */
export function SyncPanel() {
  const status = useStore((s) => s.syncStatus)
  const ask = useStore((s) => s.sync.status)
  const now = useMinuteClock()
  const heading = useRef<HTMLHeadingElement>(null)
  const [loadError, setLoadError] = useState<string | null>(null)
  useEffect(() => {
    if (useStore.getState().syncStatus !== null) return
    void ask().then((outcome) => setLoadError(outcome.ok ? null : outcome.message))
  }, [ask])
  // The navigation's indicator and the palette bring the learner here.
  useIntent('sync', () => {
    heading.current?.scrollIntoView?.({ block: 'start' })
    heading.current?.focus()
  })
  const on = status !== null && status.state !== 'off'
  return (
    <section className="data-panel sync-panel" aria-labelledby="sync-heading">
      <div className="sync-title">
        <h2 id="sync-heading" tabIndex={-1} ref={heading}>
          Sync
        </h2>
        {on ? <span className={`sync-state sync-state-${status.state}`}>{syncStateWords(status.state)}</span> : null}
      </div>
      {status === null ? (
        loadError ? null : (
          <p className="loading">Asking where sync stands…</p>
        )
      ) : on ? (
        <SyncStatusPanel status={status} now={now} />
      ) : (
        <SyncSetup />
      )}
      <FieldError error={status === null ? loadError : null} />
    </section>
  )
}
