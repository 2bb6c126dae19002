import type { LevelId } from '../../../../shared/curriculum/levels'
import { levelOf } from '../../../../shared/curriculum/access'
import { useCurriculum } from '../../state/curriculum'
import { targetDateStatus } from '../../../../shared/levels/days-left'
import { useToday } from '../../use-clock'
import type { Readiness } from '../../../../shared/levels/readiness'
import { ProgressBar } from '../common/ProgressBar'
import { ReadinessSummary } from '../levels/ReadinessSummary'
import { useStore } from '../../state/store'
import { formatDay } from '../../../../shared/calendar/format'

/** The current level: readiness with its reason, and how the target date stands. */
export function ReadinessPanel({
  levelId,
  readiness,
  targetDate,
}: {
  levelId: LevelId
  readiness: Readiness
  targetDate: string | null
}) {
  const showView = useStore((s) => s.showView)
  const level = levelOf(useCurriculum(), levelId)
  const { today } = useToday()
  const status = targetDateStatus(targetDate, today)
  return (
    <section className="dash-card dash-readiness" aria-labelledby="dash-readiness-heading">
      <h2 id="dash-readiness-heading">Your current level: {level.title}</h2>
      <ProgressBar labelShown label={`${level.title} readiness`} fraction={readiness.fraction} size="large" />
      <ReadinessSummary readiness={readiness} levelTitle={level.title} />
      {targetDate && status ? (
        <p className={`dash-date${status.days < 0 ? ' overdue' : ''}`}>
          Target date {formatDay(targetDate)}: <strong>{status.text}</strong>
        </p>
      ) : (
        <p className="dash-date">
          No target date yet.{' '}
          <button type="button" className="link-button" onClick={() => showView('levels')}>
            Set one on Levels
          </button>
        </p>
      )}
    </section>
  )
}
