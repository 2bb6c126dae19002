import { useId, useState } from 'react'
import { OPEN_GOAL_CREDIT, type Readiness } from '../../../../shared/levels/readiness'
import './readiness-summary.css'

/** An open goal's most, in words ("half"), from the one constant readiness is computed with. */
const OPEN_SHARE = OPEN_GOAL_CREDIT === 0.5 ? 'half' : `${Math.round(OPEN_GOAL_CREDIT * 100)}% of`

/** The one place that says how readiness is worked out; the Dashboard and every level show it. */
export function ReadinessSummary({ readiness, levelTitle }: { readiness: Readiness; levelTitle: string }) {
  const id = useId()
  const [open, setOpen] = useState(false)
  return (
    <div className="readiness-summary">
      <p className="readiness-line">{readiness.summary}</p>
      <button
        type="button"
        className="readiness-toggle"
        aria-expanded={open}
        aria-controls={`${id}-how`}
        onClick={() => setOpen(!open)}
      >
        <span className="readiness-toggle-mark" aria-hidden="true">
          {open ? '▾' : '▸'}
        </span>
        How is this worked out?
        <span className="visually-hidden"> ({levelTitle} readiness)</span>
      </button>
      <div id={`${id}-how`} className="readiness-how" hidden={!open}>
        <ul>
          <li>Every goal of the level has an equal share.</li>
          <li>A goal you tick counts in full.</li>
          <li>
            An open goal earns up to {OPEN_SHARE} its share as the skills it draws on progress: done skills in full,
            others by their ticked sub-topics, skipped ones left out.
          </li>
        </ul>
        <p>
          Learning the skills takes you part of the way; ticking the goal, once you can really do it, takes you the
          rest.
        </p>
      </div>
    </div>
  )
}
