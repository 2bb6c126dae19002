import { useEffect } from 'react'
import { useStore } from '../../state/store'
import { useMinuteClock } from '../../use-clock'
import { goTo } from '../../commands/command-kit'
import { Icon } from '../common/Icon'
import { syncIndicatorWords } from '../sync/sync-words'

/** Sync's state in the navigation while it is on (nothing when off); opens the Data view's Sync section. */
export function SyncIndicator() {
  const status = useStore((s) => s.syncStatus)
  const ask = useStore((s) => s.sync.status)
  const now = useMinuteClock()
  // Asked once the shell is up; the syncStatus event keeps it current from then on.
  useEffect(() => void ask(), [ask])
  if (!status || status.state === 'off') return null
  const { label, name } = syncIndicatorWords(status, now)
  const tone =
    status.state === 'idle' || status.state === 'syncing' ? 'ok' : status.state === 'paused' ? 'paused' : 'alert'
  return (
    <button
      type="button"
      className={`sync-indicator sync-${tone}`}
      aria-label={name}
      title={name}
      onClick={() => goTo(useStore.getState(), 'data', 'sync')}
    >
      <Icon name="sync" />
      <span className="nav-label">{label}</span>
    </button>
  )
}
