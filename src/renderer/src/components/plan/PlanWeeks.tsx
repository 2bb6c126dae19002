import { useState } from 'react'
import type { PlanDay, PlanWeek } from '../../../../shared/plan/schema'
import { formatDayWithWeekday, formatDayWithoutYear } from '../../../../shared/calendar/format'
import { formatMinutes } from '../../../../shared/study/time-words'
import { partOf } from './plan-words'

/** Weeks shown before "Show all weeks": enough to plan with, few enough to render at once. */
const FIRST_WEEKS = 4

/** One day: its sub-topics with their minutes and the review minutes; a day off greyed. */
function DayRow({ day, today }: { day: PlanDay; today: string }) {
  const isToday = day.day === today
  const className = `plan-day${day.studyDay ? '' : ' plan-day-off'}${isToday ? ' plan-day-today' : ''}`
  return (
    <li className={className} aria-current={isToday ? 'date' : undefined}>
      <span className="plan-day-name">
        {formatDayWithWeekday(day.day)}
        {isToday ? <span className="plan-day-tag">Today</span> : null}
      </span>
      {day.studyDay ? (
        <ul className="plan-day-items">
          {day.items.map((item) => (
            <li key={`${item.key}-${item.part}`} className="plan-item">
              <span className="plan-item-skill">{item.skillTitle}</span>
              <span className="plan-item-title">
                {item.subtopicTitle}
                {item.parts > 1 ? <span className="plan-item-part"> ({partOf(item)})</span> : null}
              </span>
              <span className="plan-item-minutes">{formatMinutes(item.minutes)}</span>
            </li>
          ))}
          {day.reviewMinutes > 0 ? (
            <li className="plan-item plan-item-review">
              <span className="plan-item-skill">Review</span>
              <span className="plan-item-title">
                {day.reviewCards} {day.reviewCards === 1 ? 'card' : 'cards'}
              </span>
              <span className="plan-item-minutes">{formatMinutes(day.reviewMinutes)}</span>
            </li>
          ) : null}
          {day.items.length === 0 && day.reviewMinutes === 0 ? <li className="plan-item-none">Free</li> : null}
        </ul>
      ) : (
        <span className="plan-day-rest">Day off</span>
      )}
    </li>
  )
}

/** A week's heading: when it starts and what it holds. */
function weekTitle(week: PlanWeek): string {
  return `Week of ${formatDayWithoutYear(week.start)}`
}

/**
 * The plan's weeks, Monday to Sunday, each day with its sub-topics and review. The first weeks
 * show at once; the rest on asking (a plan to a far date has many). `limit` caps them for a preview.
 */
export function PlanWeeks({
  weeks,
  today,
  label,
  limit,
}: {
  weeks: PlanWeek[]
  today: string
  label: string
  limit?: number
}) {
  const [all, setAll] = useState(false)
  const cap = limit ?? (all ? weeks.length : FIRST_WEEKS)
  const shown = weeks.slice(0, cap)
  return (
    <div className="plan-weeks" role="group" aria-label={label}>
      {shown.map((week) => (
        <section key={week.start} className="plan-week" aria-label={weekTitle(week)}>
          <h3 className="plan-week-head">
            <span>{weekTitle(week)}</span>
            <span className="plan-week-total">
              {formatMinutes(week.workMinutes)} study
              {week.reviewMinutes > 0 ? ` · ${formatMinutes(week.reviewMinutes)} review` : ''}
            </span>
          </h3>
          <ol className="plan-days">
            {week.days.map((day) => (
              <DayRow key={day.day} day={day} today={today} />
            ))}
          </ol>
        </section>
      ))}
      {weeks.length > cap ? (
        limit === undefined ? (
          <button type="button" className="plan-more" onClick={() => setAll(true)}>
            Show all {weeks.length} weeks
          </button>
        ) : (
          <p className="plan-more-note">
            … and {weeks.length - cap} more {weeks.length - cap === 1 ? 'week' : 'weeks'}.
          </p>
        )
      ) : null}
    </div>
  )
}
