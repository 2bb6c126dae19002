import { useState } from 'react'
import type { SyncStatus } from '../../../../shared/contract/sync'
import { formatDateTime } from '../../../../shared/calendar/format'
import { systemTimeZone } from '../../../../shared/calendar/days'
import { useStore } from '../../state/store'
import type { Outcome } from '../../state/call'
import { FieldError } from '../common/FormFeedback'
import { ConfirmDialog } from '../common/ConfirmDialog'
import { SyncHeld } from './SyncHeld'
import { SyncMergeSummary } from './SyncMergeSummary'
import { SyncRename } from './SyncRename'
import { plural, timeAgo } from './sync-words'

/** Sync while on: a held batch first (it waits for the learner), then where it stands, its buttons, problems and the last merge. */
export function SyncStatusPanel({ status, now }: { status: SyncStatus; now: Date }) {
  const sync = useStore((s) => s.sync)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [renaming, setRenaming] = useState(false)
  const [leaving, setLeaving] = useState(false)

  /** Runs one action; its failure shows under the buttons. */
  async function act(what: string, pending: () => Promise<Outcome>): Promise<boolean> {
    setBusy(true)
    setError(null)
    const outcome = await pending()
    setBusy(false)
    if (!outcome.ok) setError(`${what}: ${outcome.message}`)
    return outcome.ok
  }
  const paused = status.state === 'paused'
  const zone = systemTimeZone()

  return (
    <>
      {status.held ? (
        <SyncHeld
          held={status.held}
          busy={busy}
          onDecide={(apply) => void act('Could not decide', () => sync.decideHeld(apply))}
        />
      ) : null}
      <dl className="data-paths sync-facts">
        <div>
          <dt>Last sync</dt>
          <dd>
            {status.lastSyncAt ? (
              <time dateTime={status.lastSyncAt} title={formatDateTime(status.lastSyncAt, zone)}>
                {timeAgo(status.lastSyncAt, now)}
              </time>
            ) : (
              'Not yet'
            )}
          </dd>
        </div>
        <div>
          <dt>Folder</dt>
          <dd>
            <code className="path">{status.folder}</code>
          </dd>
        </div>
        <div>
          <dt>Computers</dt>
          <dd>
            <ul className="sync-devices">
              {status.devices.map((device) => (
                <li key={device.id}>
                  {device.name}
                  {device.isThis ? (
                    <span className="sync-this"> (this computer)</span>
                  ) : device.lastSeenAt ? (
                    // By that computer's own clock: shown, never trusted for order.
                    <span className="sync-this"> (wrote {timeAgo(device.lastSeenAt, now)})</span>
                  ) : null}
                </li>
              ))}
            </ul>
          </dd>
        </div>
        <div>
          <dt>Waiting to be written</dt>
          <dd>{status.waiting === 0 ? 'Nothing' : plural(status.waiting, 'change')}</dd>
        </div>
      </dl>
      {status.problems.length > 0 ? (
        <div className="sync-problems" role="alert">
          <h3>{status.problems.length === 1 ? 'A problem' : `${status.problems.length} problems`}</h3>
          <ul>
            {status.problems.map((problem, index) => (
              <li key={`${problem.kind}-${problem.file ?? index}`}>{problem.message}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {renaming ? (
        <SyncRename
          current={status.deviceName ?? ''}
          onDone={() => setRenaming(false)}
          rename={(name) => act('Could not rename this computer', () => sync.rename(name))}
        />
      ) : (
        <div className="button-row">
          <button
            type="button"
            className="primary"
            disabled={busy || paused}
            onClick={() => void act('Could not sync', sync.syncNow)}
          >
            Sync now
          </button>
          <button
            type="button"
            disabled={busy}
            onClick={() => void act('Could not change sync', () => sync.setPaused(!paused))}
          >
            {paused ? 'Resume sync' : 'Pause sync'}
          </button>
          <button type="button" disabled={busy} onClick={() => setRenaming(true)}>
            Rename this computer…
          </button>
          <button type="button" disabled={busy} onClick={() => setLeaving(true)}>
            Leave sync…
          </button>
        </div>
      )}
      <FieldError error={error} />
      {status.lastMerge ? (
        <SyncMergeSummary
          merge={status.lastMerge}
          now={now}
          busy={busy}
          onUseOther={(id) => void act('Could not use that value', () => sync.useOther(id))}
        />
      ) : null}
      <ConfirmDialog
        open={leaving}
        title="Stop syncing on this computer?"
        confirmLabel="Leave sync"
        onCancel={() => setLeaving(false)}
        onConfirm={() => {
          setLeaving(false)
          void act('Could not leave sync', sync.leave)
        }}
      >
        <p>
          Your data stays on this computer, and the library stays in the folder for your other computers. You can join
          it again later.
        </p>
      </ConfirmDialog>
    </>
  )
}
