import type { SectionOf } from '../schema'
import { CURRENT_LEVEL_NOTE, levelHeading, OWN_GOAL_NOTE, targetSentence } from '../text'
import { Bar, Checklist, Heading, type ReportLook } from './ReportParts'
import { PlanLeftChart } from './PlanLeftChart'

/** Each level's readiness with its bar, explanation, target date and goals. */
export function LevelsSection({ s, look }: { s: SectionOf<'levels'>; look: ReportLook }) {
  return (
    <>
      {s.levels.map((l) => {
        const target = targetSentence(l)
        return (
          <div key={l.id} className="report-level">
            <Heading level={look.headingLevel + 2}>
              {levelHeading(l)}
              {l.current ? (
                <>
                  {' '}
                  <small>{CURRENT_LEVEL_NOTE}</small>
                </>
              ) : null}
            </Heading>
            <Bar value={l.percent} />
            <p className="report-meta">{l.explanation}</p>
            {target ? <p className="report-meta">{target}</p> : null}
            {l.planLeft ? <PlanLeftChart points={l.planLeft} /> : null}
            <Checklist
              items={l.goals.map((g) => ({
                text: g.title,
                done: g.done,
                ...(g.custom ? { note: OWN_GOAL_NOTE } : {}),
              }))}
            />
          </div>
        )
      })}
    </>
  )
}
