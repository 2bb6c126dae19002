import { useEffect, useRef, useState } from 'react'
import { skillOf } from '../../../../shared/curriculum/access'
import { useCurriculum } from '../../state/curriculum'
import { systemTimeZone } from '../../../../shared/calendar/days'
import { formatDateTime, formatInstantDay } from '../../../../shared/calendar/format'
import { useStore } from '../../state/store'
import { failureOf } from '../../state/call'
import { FormFeedback } from '../common/FormFeedback'
import { Icon } from '../common/Icon'
import { formatMinutes } from '../../../../shared/study/time-words'

/** The most recent study sessions, newest first, each removable (the undo bar can bring it back). */
export function SessionLog({ limit = 15 }: { limit?: number }) {
  const sessions = useStore((s) => s.data?.study.sessions)
  const removeSession = useStore((s) => s.study.remove)
  const curriculum = useCurriculum()
  const [error, setError] = useState<string | null>(null)
  const panel = useRef<HTMLElement>(null)
  // The row a removal left: focus goes to the Remove button now in its place, else the heading.
  const refocusAt = useRef<number | null>(null)
  const zone = systemTimeZone()
  const recent = [...(sessions ?? [])].sort((a, b) => b.start.localeCompare(a.start)).slice(0, limit)

  useEffect(() => {
    const at = refocusAt.current
    if (at === null || !panel.current) return
    refocusAt.current = null
    const buttons = panel.current.querySelectorAll<HTMLElement>('tbody button')
    ;(buttons[at] ?? buttons[at - 1] ?? panel.current.querySelector<HTMLElement>('h2'))?.focus()
  }, [sessions])

  const remove = async (id: string): Promise<void> => {
    const at = [...(panel.current?.querySelectorAll('tbody button') ?? [])].findIndex(
      (b) => b.getAttribute('data-session') === id,
    )
    // Set before the call: the row goes as soon as main's answer reaches the store.
    refocusAt.current = Math.max(0, at)
    const outcome = await removeSession(id)
    setError(failureOf(outcome))
    if (!outcome.ok) refocusAt.current = null
  }

  return (
    <section className="panel" aria-labelledby="sessions-heading" ref={panel}>
      <h2 id="sessions-heading" tabIndex={-1}>
        Recent sessions
      </h2>
      <FormFeedback error={error} />
      {recent.length === 0 ? (
        <p className="empty">Nothing logged yet. Start the timer or log time by hand.</p>
      ) : (
        <table className="session-table">
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Skill</th>
              <th scope="col">Time</th>
              <th scope="col">How</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {recent.map((session) => {
              const title = skillOf(curriculum, session.skillId)?.title ?? session.skillId
              // Time logged by hand has a day but no time of day worth showing.
              const when = session.manual ? formatInstantDay(session.start, zone) : formatDateTime(session.start, zone)
              return (
                <tr key={session.id}>
                  <td>{when}</td>
                  <td>{title}</td>
                  <td>{session.end === null ? 'running' : formatMinutes(session.minutes)}</td>
                  <td>{session.manual ? 'By hand' : 'Timer'}</td>
                  <td>
                    {session.end === null ? null : (
                      <button
                        type="button"
                        data-session={session.id}
                        aria-label={`Remove ${formatMinutes(session.minutes)} of ${title} on ${when}`}
                        onClick={() => void remove(session.id)}
                      >
                        <Icon name="delete" />
                        Remove
                      </button>
                    )}
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      )}
    </section>
  )
}
