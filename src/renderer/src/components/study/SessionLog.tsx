import { useState } from 'react'
import { skillById } from '../../../../shared/curriculum/skills'
import { systemTimeZone } from '../../../../shared/calendar/days'
import { formatDateTime, formatInstantDay } from '../../../../shared/calendar/format'
import { useStore } from '../../state/store'
import { failureOf } from '../../state/call'
import { FormFeedback } from '../common/FormFeedback'

/** The most recent study sessions, newest first, each removable. */
export function SessionLog({ limit = 15 }: { limit?: number }) {
  const sessions = useStore((s) => s.data?.study.sessions)
  const removeSession = useStore((s) => s.study.remove)
  const [error, setError] = useState<string | null>(null)
  const zone = systemTimeZone()
  const recent = [...(sessions ?? [])].sort((a, b) => b.start.localeCompare(a.start)).slice(0, limit)
  return (
    <section className="panel" aria-labelledby="sessions-heading">
      <h2 id="sessions-heading">Recent sessions</h2>
      <FormFeedback error={error} />
      {recent.length === 0 ? (
        <p className="empty">Nothing logged yet. Start the timer or log time by hand.</p>
      ) : (
        <table className="session-table">
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Skill</th>
              <th scope="col">Minutes</th>
              <th scope="col">How</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {recent.map((session) => {
              const title = skillById(session.skillId)?.title ?? session.skillId
              // Time logged by hand has a day but no time of day worth showing.
              const when = session.manual ? formatInstantDay(session.start, zone) : formatDateTime(session.start, zone)
              return (
                <tr key={session.id}>
                  <td>{when}</td>
                  <td>{title}</td>
                  <td>{session.end === null ? 'running' : session.minutes}</td>
                  <td>{session.manual ? 'By hand' : 'Timer'}</td>
                  <td>
                    {session.end === null ? null : (
                      <button
                        type="button"
                        aria-label={`Remove ${session.minutes} minutes of ${title} on ${when}`}
                        onClick={() => void removeSession(session.id).then((outcome) => setError(failureOf(outcome)))}
                      >
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
