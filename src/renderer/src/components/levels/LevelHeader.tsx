import type { Level } from '../../../../shared/curriculum/levels'
import { targetDateStatus } from '../../../../shared/levels/days-left'
import { useToday } from '../../use-clock'
import type { Readiness } from '../../../../shared/levels/readiness'
import { ProgressBar } from '../common/ProgressBar'
import { ReadinessSummary } from './ReadinessSummary'
import { formatDay } from '../../../../shared/calendar/format'

/**
 * What a level shows even when closed: its name, readiness (with how it is worked out) and target date, and the button
 * that shows or hides the rest (its goals, the date field and the form for goals of your own).
 */
export function LevelHeader({
  level,
  headingId,
  bodyId,
  current,
  readiness,
  targetDate,
  open,
  onToggle,
}: {
  level: Level
  headingId: string
  bodyId: string
  current: boolean
  readiness: Readiness
  targetDate: string | null
  open: boolean
  onToggle: () => void
}) {
  const { today } = useToday()
  const status = targetDateStatus(targetDate, today)
  return (
    <header className="level-head">
      <div className="level-title">
        <h2 id={headingId}>
          {level.title}
          {current ? <span className="badge">Your current level</span> : null}
        </h2>
        <p className="level-summary">{level.summary}</p>
        <p className={`level-date${!status ? ' level-date-none' : status.days < 0 ? ' overdue' : ''}`}>
          {targetDate && status ? `Target ${formatDay(targetDate)}, ${status.text}` : 'No target date'}
        </p>
      </div>
      <div className="level-readiness">
        <ProgressBar labelShown label={`${level.title} readiness`} fraction={readiness.fraction} size="large" />
        <ReadinessSummary readiness={readiness} levelTitle={level.title} />
      </div>
      <button type="button" className="level-toggle" aria-expanded={open} aria-controls={bodyId} onClick={onToggle}>
        <span className="level-toggle-mark" aria-hidden="true" />
        {open ? 'Hide' : 'Show'} {level.title} goals
      </button>
    </header>
  )
}
