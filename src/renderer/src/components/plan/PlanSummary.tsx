import type { PlanView } from '../../../../shared/plan/schema'
import { formatDay } from '../../../../shared/calendar/format'
import { formatMinutes } from '../../../../shared/study/time-words'
import { paceWords } from './plan-words'
import { PlanLeftChart } from '../../../../shared/report/components/PlanLeftChart'

/** "42 h left, 30 h free before 1 Mar 2027": main's words when it does not fit, the same figures when it does. */
export function fitLine(plan: PlanView): string {
  if (plan.fit.message) return plan.fit.message
  const left = plan.fit.workMinutes + plan.fit.reviewMinutes
  const date = plan.targetDate ? ` before ${formatDay(plan.targetDate)}` : ''
  return `${formatMinutes(left)} left, ${formatMinutes(plan.fit.freeMinutes)} free${date}.`
}

/** The plan in one look: whether it fits, with its figures, and how the learner stands against it. */
export function PlanSummary({ plan }: { plan: PlanView }) {
  const fits = plan.fit.fits
  return (
    <section
      className={`plan-card plan-summary${fits ? '' : ' plan-summary-short'}`}
      aria-labelledby="plan-summary-heading"
    >
      <h2 id="plan-summary-heading" className="plan-summary-figure">
        {fits ? 'Everything fits' : `${formatMinutes(plan.fit.shortMinutes)} does not fit`}
      </h2>
      <p className="plan-fit-line">{fitLine(plan)}</p>
      <dl className="plan-facts">
        <div>
          <dt>Pace</dt>
          <dd className={`plan-pace plan-pace-${plan.pace.kind}`}>{paceWords(plan.pace)}</dd>
        </div>
        <div>
          <dt>Sub-topics</dt>
          <dd>{formatMinutes(plan.fit.workMinutes)}</dd>
        </div>
        <div>
          <dt>Review</dt>
          <dd>{formatMinutes(plan.fit.reviewMinutes)}</dd>
        </div>
        {plan.later.length > 0 ? (
          <div>
            <dt>Left for later</dt>
            <dd>
              {plan.later.length} {plan.later.length === 1 ? 'sub-topic' : 'sub-topics'}
            </dd>
          </div>
        ) : null}
      </dl>
      <PlanLeftChart points={plan.leftOverTime.map(({ day, minutes }) => ({ day, label: formatDay(day), minutes }))} />
    </section>
  )
}
