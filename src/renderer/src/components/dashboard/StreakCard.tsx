import type { Streak } from '../../../../shared/study/streak'
import { dayCount, formatMinutes } from '../../../../shared/study/time-words'
import { useStore } from '../../state/store'
import { goTo } from '../../commands/command-kit'

/** What today means for the streak, in one line. */
function todayLine(streak: Streak, minimum: number): string {
  if (streak.todayCounts) return `Today counts: ${formatMinutes(streak.todayMinutes)} studied.`
  // A day counts from its whole minutes, rounded, as the streak reckons them.
  const left = formatMinutes(minimum - Math.round(streak.todayMinutes))
  if (streak.current > 0) return `${left} more today keeps it going.`
  return streak.longest > 0
    ? `Your best was ${dayCount(streak.longest)}. Study ${left} today to start again.`
    : `Study ${formatMinutes(minimum)} today to start one.`
}

/** The study streak, with what today still needs; with no time logged yet, how to begin. */
export function StreakCard({ streak, minimum, anyTime }: { streak: Streak; minimum: number; anyTime: boolean }) {
  const open = (): void => goTo(useStore.getState(), 'study', 'timer-skill')
  return (
    <section className="dash-card dash-stat" aria-labelledby="dash-streak-heading">
      <h2 id="dash-streak-heading">Study streak</h2>
      <p className="dash-figure">{dayCount(streak.current)}</p>
      <p className="dash-note">
        {anyTime
          ? todayLine(streak, minimum)
          : `No study time yet. Start a timer while you study; a day counts from ${minimum} minutes.`}
      </p>
      <button type="button" className="dash-stat-action" onClick={open}>
        {anyTime ? 'Open Study log' : 'Start a timer'}
      </button>
    </section>
  )
}
