import { useRef } from 'react'
import { levelOf } from '../../../shared/curriculum/access'
import { formatDay } from '../../../shared/calendar/format'
import { useCurriculum } from '../state/curriculum'
import { usePlan } from '../state/use-plan'
import { PlanSummary } from '../components/plan/PlanSummary'
import { PlanOptions } from '../components/plan/PlanOptions'
import { PlanWeeks } from '../components/plan/PlanWeeks'
import { CatchUp } from '../components/plan/CatchUp'
import { PlanSubtopics } from '../components/plan/PlanSubtopics'
import { ExportIcs } from '../components/plan/ExportIcs'
import './plan.css'
import { LoadError } from '../components/common/FormFeedback'

/** The study plan: the weeks to the current level's target date, whether the work fits, and the time the learner gives. */
export default function PlanView() {
  const { plan, error, retry } = usePlan()
  const curriculum = useCurriculum()
  const summary = useRef<HTMLDivElement>(null)
  const levelTitle = plan ? levelOf(curriculum, plan.level).title : null
  return (
    <section aria-labelledby="plan-heading" className="view plan-view">
      <header className="view-header plan-header">
        <div>
          <h1 id="plan-heading">Plan</h1>
          <p className="lede">
            {plan?.targetDate && levelTitle
              ? `Your weeks to ${formatDay(plan.targetDate)}, the target date for ${levelTitle}: what to study each day.`
              : 'Your weeks to your target date: what to study each day, spread evenly.'}
          </p>
        </div>
        {plan?.status === 'ready' ? <ExportIcs /> : null}
      </header>
      {plan ? (
        <div className="plan-layout">
          <div className="plan-main">
            {plan.status === 'ready' ? (
              <>
                <div ref={summary} tabIndex={-1} className="plan-focus-target">
                  <PlanSummary plan={plan} />
                </div>
                {plan.fit.fits ? null : (
                  // A new plan brings new suggestions: the choices start again from them (an open preview is out of date).
                  <CatchUp
                    key={`${plan.suggestions.laterDate}/${plan.suggestions.hoursPerWeek}`}
                    plan={plan}
                    onApplied={() => summary.current?.focus()}
                  />
                )}
                <PlanWeeks weeks={plan.weeks} today={plan.today.day} label="Your weeks" />
              </>
            ) : (
              <section className="plan-card plan-setup" aria-labelledby="plan-setup-heading">
                <h2 id="plan-setup-heading">
                  {plan.status === 'nothing-left' ? 'Nothing left to plan' : 'No plan yet'}
                </h2>
                <p>{plan.message}</p>
              </section>
            )}
          </div>
          <aside className="plan-side" aria-label="Plan options">
            <PlanOptions plan={plan} />
          </aside>
          {plan.status === 'ready' ? <PlanSubtopics plan={plan} /> : null}
        </div>
      ) : error ? (
        <LoadError error={error} retry={retry} className="plan-card" />
      ) : (
        <p className="loading" aria-busy="true">
          Working out your plan…
        </p>
      )}
    </section>
  )
}
