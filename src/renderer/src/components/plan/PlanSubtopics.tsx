import { useState } from 'react'
import type { PlanItem, PlanView } from '../../../../shared/plan/schema'
import { formatDayWithWeekday } from '../../../../shared/calendar/format'
import { useStore } from '../../state/store'
import { inBanner } from '../../state/call'

/** Rows shown before "Show all": a long curriculum has thousands of sub-topics left. */
const FIRST_ROWS = 25

/** A sub-topic of the plan, with the first day it is planned on (null: it found no day). */
interface Row {
  item: PlanItem
  day: string | null
}

/** Every sub-topic left, in the plan's order: those planned, by their first day, then those that did not fit. */
function rowsOf(plan: PlanView): Row[] {
  const rows = new Map<string, Row>()
  for (const week of plan.weeks)
    for (const day of week.days)
      for (const item of day.items) if (!rows.has(item.key)) rows.set(item.key, { item, day: day.day })
  for (const item of plan.fit.unplanned) if (!rows.has(item.key)) rows.set(item.key, { item, day: null })
  return [...rows.values()]
}

const refOf = ({ skillId, subtopicId }: PlanItem): { skillId: string; subtopicId: string } => ({ skillId, subtopicId })

/** A sub-topic's effort in minutes, edited in place: saved on Enter or on leaving the field. */
function EffortField({ item }: { item: PlanItem }) {
  const setEffort = useStore((s) => s.plan.setEffort)
  const [draft, setDraft] = useState<string | null>(null)
  const save = (): void => {
    if (draft === null) return
    const minutes = Number(draft)
    setDraft(null)
    if (draft.trim() === '' || minutes === item.effort) return
    void inBanner(useStore.getState, setEffort(refOf(item), minutes))
  }
  return (
    <input
      type="number"
      className="plan-effort"
      min={5}
      max={2400}
      step={5}
      aria-label={`Minutes for ${item.subtopicTitle} (${item.skillTitle})`}
      value={draft ?? String(item.effort)}
      onChange={(event) => setDraft(event.target.value)}
      onBlur={save}
      onKeyDown={(event) => {
        if (event.key === 'Enter') save()
      }}
    />
  )
}

/**
 * The sub-topics left, each with its effort (editable; back to the default in one click) and a
 * way to leave it for later; those left for later, each with a way back.
 */
export function PlanSubtopics({ plan }: { plan: PlanView }) {
  const setEffort = useStore((s) => s.plan.setEffort)
  const setLater = useStore((s) => s.plan.setLater)
  const [all, setAll] = useState(false)
  const rows = rowsOf(plan)
  const shown = all ? rows : rows.slice(0, FIRST_ROWS)
  const later = (item: PlanItem, on: boolean): void => void inBanner(useStore.getState, setLater([refOf(item)], on))
  return (
    <section className="plan-card plan-subtopics" aria-labelledby="plan-subtopics-heading">
      <h2 id="plan-subtopics-heading">Sub-topics left</h2>
      <p className="plan-hint">
        Each takes its default time until you change it. Leave one for later and the plan goes on without it.
      </p>
      {rows.length === 0 ? (
        <p className="empty">No sub-topics left to plan.</p>
      ) : (
        <table className="plan-table">
          <thead>
            <tr>
              <th scope="col">Sub-topic</th>
              <th scope="col">Starts</th>
              <th scope="col">Minutes</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.map(({ item, day }) => (
              <tr key={item.key}>
                <th scope="row">
                  <span className="plan-item-title">{item.subtopicTitle}</span>
                  <span className="plan-item-skill">{item.skillTitle}</span>
                </th>
                <td className="plan-table-day">{day ? formatDayWithWeekday(day) : 'Does not fit'}</td>
                <td>
                  <EffortField item={item} />
                  {item.effort !== item.defaultEffort ? (
                    <button
                      type="button"
                      className="link-button"
                      aria-label={`Back to the default ${item.defaultEffort} minutes for ${item.subtopicTitle}`}
                      onClick={() => void inBanner(useStore.getState, setEffort(refOf(item), null))}
                    >
                      Default
                    </button>
                  ) : null}
                </td>
                <td>
                  <button
                    type="button"
                    aria-label={`Leave ${item.subtopicTitle} (${item.skillTitle}) for later`}
                    onClick={() => later(item, true)}
                  >
                    Later
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {rows.length > shown.length ? (
        <button type="button" className="plan-more" onClick={() => setAll(true)}>
          Show all {rows.length} sub-topics
        </button>
      ) : null}
      {plan.later.length > 0 ? (
        <>
          <h3 className="plan-later-heading">Left for later</h3>
          <ul className="plan-later">
            {plan.later.map((item) => (
              <li key={item.key}>
                <span>
                  <span className="plan-item-title">{item.subtopicTitle}</span>{' '}
                  <span className="plan-item-skill">{item.skillTitle}</span>
                </span>
                <button
                  type="button"
                  aria-label={`Bring back ${item.subtopicTitle} (${item.skillTitle})`}
                  onClick={() => later(item, false)}
                >
                  Bring back
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  )
}
