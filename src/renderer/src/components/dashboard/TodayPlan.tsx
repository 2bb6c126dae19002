import type { PlanItem, PlanView } from '../../../../shared/plan/schema'
import { ReminderOffer } from '../reminders/ReminderOffer'
import { formatMinutes } from '../../../../shared/study/time-words'
import { useStore } from '../../state/store'
import { goTo } from '../../commands/command-kit'
import type { Intent } from '../../state/ui-slice'
import { ProgressBar } from '../common/ProgressBar'
import { startPlanned } from '../plan/start-planned'
import { partOf } from '../plan/plan-words'
import { openPlan, type TodayReview } from './TodayPanel'

// Today's list, loaded with the plan after the first screen (its code is not part of the first paint).

const cards = (n: number): string => `${n} ${n === 1 ? 'card' : 'cards'}`

/** One sub-topic planned for today, with the button that starts it. */
function TodayItem({ item }: { item: PlanItem }) {
  const part = partOf(item)
  return (
    <li className="today-item">
      <div className="today-text">
        <span className="today-skill">{item.skillTitle}</span>
        <span className="today-title">{item.subtopicTitle}</span>
      </div>
      <span className="today-minutes">
        {formatMinutes(item.minutes)}
        {part ? <span className="today-part"> · {part}</span> : null}
      </span>
      <button
        type="button"
        className="primary"
        aria-label={`Start ${item.subtopicTitle} (${item.skillTitle})`}
        onClick={() => void startPlanned(useStore.getState, item)}
      >
        Start
      </button>
    </li>
  )
}

/** Today's review as a row of the list: the cards due and one click to the session. */
function ReviewItem({ due, fresh, minutes }: { due: number; fresh: number; minutes: number }) {
  const total = due + fresh
  return (
    <li className="today-item today-review">
      <div className="today-text">
        <span className="today-skill">Review</span>
        <span className="today-title">
          {due > 0 ? `${cards(due)} due` : total > 0 ? `${fresh} new` : 'No cards due'}
          {due > 0 && fresh > 0 ? `, ${fresh} new` : ''}
        </span>
      </div>
      <span className="today-minutes">{total > 0 ? `about ${formatMinutes(Math.max(1, minutes))}` : ''}</span>
      {total > 0 ? (
        <button type="button" onClick={() => goTo(useStore.getState(), 'review', 'review-begin')}>
          Start review
        </button>
      ) : (
        <span />
      )}
    </li>
  )
}

/** Minutes studied today against today's share of the plan. */
function TodayShare({ studied, share }: { studied: number; share: number }) {
  const left = Math.max(0, share - studied)
  return (
    <div className="today-share">
      <p className="today-figure">
        {formatMinutes(studied)} <span className="today-of">of {formatMinutes(share)}</span>
      </p>
      <ProgressBar
        label="Studied today, against today’s share"
        size="large"
        fraction={share > 0 ? Math.min(1, studied / share) : studied > 0 ? 1 : 0}
        detail={share === 0 ? undefined : left > 0 ? `${formatMinutes(left)} to go today` : 'Today’s share is done'}
      />
    </div>
  )
}

/** What stands instead of today's list when there is no plan yet, or it has nothing left. */
function NoPlanYet({ plan }: { plan: PlanView }) {
  const action: Record<Exclude<PlanView['status'], 'ready'>, [string, Intent]> = {
    'no-hours': ['Set up your plan', 'plan-hours'],
    'no-target-date': ['Set a target date', `target-date-${plan.level}`],
    'date-passed': ['Choose a new date', `target-date-${plan.level}`],
    'nothing-left': ['Open the plan', 'main'],
  }
  if (plan.status === 'ready') return null
  const [label, intent] = action[plan.status]
  return (
    <div className="today-setup">
      <p>{plan.message}</p>
      <button type="button" className="primary" onClick={() => openPlan(intent)}>
        {label}
      </button>
    </div>
  )
}

/** Today's part of a plan: the sub-topics to start, the review, minutes against today's share, and a word when it does not fit. */
export default function TodayPlan({ plan, studied, review }: { plan: PlanView; studied: number; review: TodayReview }) {
  return (
    <>
      {plan.status === 'ready' ? (
        <TodayWork plan={plan} studied={studied} review={review} />
      ) : (
        <NoPlanYet plan={plan} />
      )}
      {/* Under today's work, in this lazy chunk: the offer stays out of the first paint. */}
      <ReminderOffer />
    </>
  )
}

/** A day off in the plan (a day the plan does not reach counts as a study day). */
function isDayOff(plan: PlanView, day: string): boolean {
  for (const week of plan.weeks) for (const planned of week.days) if (planned.day === day) return !planned.studyDay
  return false
}

/** Today's sub-topics and review beside the minutes studied, and a word when the plan does not fit. */
function TodayWork({ plan, studied, review }: { plan: PlanView; studied: number; review: TodayReview }) {
  return (
    <>
      <div className="today-body">
        <div className="today-work">
          {plan.today.items.length === 0 ? (
            <p className="dash-note">
              {isDayOff(plan, plan.today.day)
                ? 'A day off in your plan: nothing new today.'
                : 'Nothing new planned for today.'}
            </p>
          ) : (
            <p className="dash-note">Start opens the sub-topic in Skills and runs the timer on its skill.</p>
          )}
          <ol className="today-list">
            {plan.today.items.map((item) => (
              <TodayItem key={`${item.key}-${item.part}`} item={item} />
            ))}
            <ReviewItem due={review.due} fresh={review.fresh} minutes={plan.today.reviewMinutes} />
          </ol>
        </div>
        <TodayShare studied={studied} share={plan.today.shareMinutes} />
      </div>
      {plan.fit.fits ? null : (
        <div className="today-behind" role="note">
          <p>
            <strong>Not everything fits.</strong> {plan.fit.message}
          </p>
          <button type="button" onClick={() => openPlan('plan-choices')}>
            See the choices
          </button>
        </div>
      )}
    </>
  )
}
