import { formatMinutes } from '../../../../shared/study/time-words'
import { useStore } from '../../state/store'
import { goTo } from '../../commands/command-kit'
import { ProgressBar } from '../common/ProgressBar'

/** This week against last, in words. */
function compare(thisWeek: number, lastWeek: number): string {
  if (thisWeek === lastWeek) return 'The same as last week.'
  if (thisWeek > lastWeek) return `${formatMinutes(thisWeek - lastWeek)} more than last week.`
  return `${formatMinutes(lastWeek - thisWeek)} to go to match last week.`
}

/** Minutes studied this week against last week; with neither, how time gets here. */
export function WeekCard({ thisWeek, lastWeek }: { thisWeek: number; lastWeek: number }) {
  const most = Math.max(thisWeek, lastWeek)
  const logTime = (): void => goTo(useStore.getState(), 'study', 'log-skill')
  return (
    <section className="dash-card dash-stat" aria-labelledby="dash-week-heading">
      <h2 id="dash-week-heading">This week</h2>
      <p className="dash-figure">{formatMinutes(thisWeek)}</p>
      {most > 0 ? (
        <>
          <dl className="dash-weeks">
            <dt>This week</dt>
            <dd>
              <ProgressBar decorative label="This week" fraction={thisWeek / most} size="small" />
            </dd>
            <dd className="dash-weeks-value">{formatMinutes(thisWeek)}</dd>
            <dt>Last week</dt>
            <dd>
              <ProgressBar decorative label="Last week" fraction={lastWeek / most} size="small" />
            </dd>
            <dd className="dash-weeks-value">{formatMinutes(lastWeek)}</dd>
          </dl>
          <p className="dash-note">{compare(thisWeek, lastWeek)}</p>
        </>
      ) : (
        <>
          <p className="dash-note">
            Nothing logged this week or last. Time from the timer, or logged by hand, adds up here.
          </p>
          <button type="button" className="dash-stat-action" onClick={logTime}>
            Log time by hand
          </button>
        </>
      )}
    </section>
  )
}
