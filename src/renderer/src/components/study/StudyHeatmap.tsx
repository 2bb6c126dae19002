import { addDays, weekStart } from '../../../../shared/calendar/days'
import type { DayMinutes } from '../../../../shared/study/streak'
import { formatDayWithoutYear } from '../../../../shared/calendar/format'
import { formatMinutes } from '../../../../shared/study/time-words'

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']

/** Shade 0-4 of a day, relative to the streak minimum (any time at all, even seconds, shades it). */
function level(minutes: number, minimum: number): number {
  if (minutes <= 0) return 0
  if (minutes < minimum) return 1
  if (minutes < minimum * 2) return 2
  if (minutes < minimum * 4) return 3
  return 4
}

/** A calendar heatmap of study days as a table: one column per week, one row per weekday. */
export function StudyHeatmap({
  days,
  today,
  minimum,
  weeks = 20,
}: {
  days: DayMinutes
  today: string
  minimum: number
  weeks?: number
}) {
  const firstMonday = addDays(weekStart(today), -7 * (weeks - 1))
  const columns = Array.from({ length: weeks }, (_, w) => addDays(firstMonday, 7 * w))
  return (
    <section className="panel" aria-labelledby="heatmap-heading">
      <h2 id="heatmap-heading">Study days</h2>
      <table className="heatmap">
        <caption className="visually-hidden">
          Minutes studied per day over the last {weeks} weeks; days at or above {minimum} minutes count toward the
          streak.
        </caption>
        <thead>
          <tr>
            <td />
            {columns.map((monday) => (
              <th key={monday} scope="col">
                <span className="visually-hidden">Week of {formatDayWithoutYear(monday)}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {WEEKDAYS.map((name, row) => (
            <tr key={name}>
              <th scope="row" className="heatmap-day">
                {row % 2 === 0 ? name : <span className="visually-hidden">{name}</span>}
              </th>
              {columns.map((monday) => {
                const key = addDays(monday, row)
                if (key > today) return <td key={key} className="heat heat-future" />
                // Whole minutes decide the level and the streak; the label keeps a short run visible.
                const exact = days.get(key) ?? 0
                const minutes = Math.round(exact)
                return (
                  <td
                    key={key}
                    className={`heat heat-${level(exact > 0 ? Math.max(minutes, 0.5) : 0, minimum)}`}
                    title={`${formatDayWithoutYear(key)}: ${formatMinutes(exact)}`}
                  >
                    <span className="visually-hidden">
                      {formatDayWithoutYear(key)}: {formatMinutes(exact)}
                      {minutes >= minimum ? ', counts' : ''}
                    </span>
                  </td>
                )
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="heatmap-legend" aria-hidden="true">
        Less <span className="heat heat-0" /> <span className="heat heat-1" /> <span className="heat heat-2" />{' '}
        <span className="heat heat-3" /> <span className="heat heat-4" /> More
      </p>
    </section>
  )
}
