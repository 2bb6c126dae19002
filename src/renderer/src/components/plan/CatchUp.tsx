import { useEffect, useId, useRef, useState } from 'react'
import type { PlanChoice, PlanItem, PlanView } from '../../../../shared/plan/schema'
import { formatDay } from '../../../../shared/calendar/format'
import { useStore } from '../../state/store'
import { useFocusIntent } from '../../state/intent'
import { FieldError } from '../common/FormFeedback'
import { PlanWeeks } from './PlanWeeks'
import { fitLine } from './PlanSummary'
import { hoursWords } from './plan-words'

type ChoiceKind = PlanChoice['kind']

/** Sub-topics listed to pick from; the rest that do not fit (a long curriculum has thousands) go with them. */
const LISTED_PICKS = 40

/** What applying a choice did, for the undo bar. */
function saysDone(choice: PlanChoice): string {
  switch (choice.kind) {
    case 'later-date':
      return `Moved the target date to ${formatDay(choice.date)}.`
    case 'more-hours':
      return `The plan now has ${hoursWords(choice.hoursPerWeek)} a week.`
    case 'leave-for-later':
      return `Left ${choice.keys.length} ${choice.keys.length === 1 ? 'sub-topic' : 'sub-topics'} for later.`
  }
}

/** The choice as the preview names it. */
function choiceTitle(choice: PlanChoice): string {
  switch (choice.kind) {
    case 'later-date':
      return `Target date ${formatDay(choice.date)}`
    case 'more-hours':
      return `${hoursWords(choice.hoursPerWeek)} a week`
    case 'leave-for-later':
      return `${choice.keys.length} ${choice.keys.length === 1 ? 'sub-topic' : 'sub-topics'} left for later`
  }
}

/** Each sub-topic once (one that found no day may be listed by its parts). */
function distinct(items: PlanItem[]): PlanItem[] {
  const seen = new Set<string>()
  return items.filter((item) => !seen.has(item.key) && seen.add(item.key))
}

/** The plan a choice would make, shown before anything changes, with Apply and Cancel. */
function ChoicePreview({
  choice,
  view,
  onApply,
  onCancel,
}: {
  choice: PlanChoice
  view: PlanView
  onApply: () => void
  onCancel: () => void
}) {
  const heading = useRef<HTMLHeadingElement>(null)
  // The preview takes focus when it opens, so it is read (and Apply reached) next.
  useEffect(() => heading.current?.focus(), [choice])
  return (
    <section className="plan-preview" aria-labelledby="plan-preview-heading">
      <h3 id="plan-preview-heading" ref={heading} tabIndex={-1}>
        Preview: {choiceTitle(choice)}
      </h3>
      <p className={view.fit.fits ? 'plan-preview-fits' : 'plan-preview-short'}>
        <strong>{view.fit.fits ? 'Everything fits.' : 'Still does not fit.'}</strong> {fitLine(view)}
      </p>
      <div className="plan-preview-actions">
        <button type="button" className="primary" onClick={onApply}>
          Apply this choice
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
      <PlanWeeks weeks={view.weeks} today={view.today.day} label="The plan with this choice" limit={2} />
    </section>
  )
}

/**
 * When what is left does not fit: a later date, more hours, or sub-topics left for later. Each
 * is previewed first (nothing changes), then applied in one step that Undo takes back.
 */
export function CatchUp({ plan, onApplied }: { plan: PlanView; onApplied: () => void }) {
  const id = useId()
  const previewChoice = useStore((s) => s.plan.previewChoice)
  const applyChoice = useStore((s) => s.plan.applyChoice)
  const unplanned = distinct(plan.fit.unplanned)
  const [kind, setKind] = useState<ChoiceKind>(plan.suggestions.laterDate ? 'later-date' : 'more-hours')
  const [date, setDate] = useState(plan.suggestions.laterDate ?? '')
  const [hours, setHours] = useState(
    plan.suggestions.hoursPerWeek === null ? '' : String(plan.suggestions.hoursPerWeek),
  )
  const [keys, setKeys] = useState<Set<string>>(() => new Set(unplanned.map((item) => item.key)))
  const [preview, setPreview] = useState<{ choice: PlanChoice; view: PlanView } | null>(null)
  const [error, setError] = useState<string | null>(null)
  const heading = useRef<HTMLHeadingElement>(null)
  useFocusIntent('plan-choices', heading)

  const choice = (): PlanChoice => {
    if (kind === 'later-date') return { kind, date }
    if (kind === 'more-hours') return { kind, hoursPerWeek: Number(hours.replace(',', '.')) }
    const picked = unplanned.filter((item) => keys.has(item.key))
    return { kind, keys: picked.map(({ skillId, subtopicId }) => ({ skillId, subtopicId })) }
  }
  // A change to the choice makes an open preview out of date.
  const edit = (change: () => void): void => {
    change()
    setPreview(null)
  }
  const runPreview = async (): Promise<void> => {
    const asked = choice()
    const outcome = await previewChoice(asked)
    setError(outcome.ok ? null : outcome.message)
    setPreview(outcome.ok ? { choice: asked, view: outcome.value } : null)
  }
  const apply = async (): Promise<void> => {
    if (!preview) return
    const outcome = await applyChoice(preview.choice, saysDone(preview.choice))
    if (!outcome.ok) return setError(outcome.message)
    setPreview(null)
    onApplied()
  }
  const option = (value: ChoiceKind, label: string) => (
    <label className="plan-choice-label">
      <input
        type="radio"
        name={`${id}-choice`}
        value={value}
        checked={kind === value}
        onChange={() => edit(() => setKind(value))}
      />
      {label}
    </label>
  )

  return (
    <section className="plan-card plan-catch-up" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} ref={heading} tabIndex={-1}>
        Make it fit
      </h2>
      <p className="plan-hint">Pick one way. The preview shows the new plan; nothing changes until you apply it.</p>
      <fieldset className="plan-choices">
        <legend className="visually-hidden">Ways to make the plan fit</legend>
        <div className="plan-choice">
          {option('later-date', 'A later target date')}
          <input
            type="date"
            aria-label="New target date"
            value={date}
            min={plan.targetDate ?? undefined}
            disabled={kind !== 'later-date'}
            onChange={(event) => edit(() => setDate(event.target.value))}
          />
        </div>
        <div className="plan-choice">
          {option('more-hours', 'More hours a week')}
          <input
            type="number"
            aria-label="Hours a week"
            min={0.5}
            max={112}
            step={0.5}
            value={hours}
            disabled={kind !== 'more-hours'}
            onChange={(event) => edit(() => setHours(event.target.value))}
          />
        </div>
        {unplanned.length > 0 ? (
          <div className="plan-choice plan-choice-later">
            {option('leave-for-later', 'Leave sub-topics for later')}
            <ul className="plan-later-picks" aria-label="Sub-topics to leave for later" tabIndex={0}>
              {unplanned.slice(0, LISTED_PICKS).map((item) => (
                <li key={item.key}>
                  <label>
                    <input
                      type="checkbox"
                      checked={keys.has(item.key)}
                      disabled={kind !== 'leave-for-later'}
                      onChange={(event) =>
                        edit(() =>
                          setKeys((before) => {
                            const next = new Set(before)
                            if (event.target.checked) next.add(item.key)
                            else next.delete(item.key)
                            return next
                          }),
                        )
                      }
                    />
                    {item.subtopicTitle} <span className="plan-item-skill">({item.skillTitle})</span>
                  </label>
                </li>
              ))}
            </ul>
            {unplanned.length > LISTED_PICKS ? (
              <p className="plan-hint plan-picks-more">
                … and {unplanned.length - LISTED_PICKS} more that do not fit, left for later with them.
              </p>
            ) : null}
          </div>
        ) : null}
      </fieldset>
      <div className="plan-choice-actions">
        <button type="button" onClick={() => void runPreview()}>
          Preview
        </button>
      </div>
      <FieldError error={error} />
      {preview ? (
        <ChoicePreview
          choice={preview.choice}
          view={preview.view}
          onApply={() => void apply()}
          onCancel={() => {
            setPreview(null)
            heading.current?.focus()
          }}
        />
      ) : null}
    </section>
  )
}
