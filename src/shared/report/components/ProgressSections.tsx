import type { SectionOf } from '../schema'
import {
  COLUMNS,
  doneOfTotal,
  foldSubtopics,
  markLabel,
  notStartedCount,
  overviewLead,
  skillColumns,
  skillFigures,
  statusCounts,
  subtopicCount,
  SUBTOPICS_HEADING,
  untouchedLead,
} from '../text'
import { Bar, Checklist, DataTable, Heading, Sentence, type ReportLook } from './ReportParts'

/** Overall progress: the percentage, a bar and the skills per status. */
export function OverviewSection({ s }: { s: SectionOf<'overview'> }) {
  return (
    <>
      <p>
        <Sentence parts={overviewLead(s)} figure={(value) => <span className="report-big">{value}</span>} />
      </p>
      <Bar value={s.percent} />
      <DataTable columns={[COLUMNS.status, COLUMNS.skillCount]} rows={statusCounts(s)} />
    </>
  )
}

/** Progress per category, each with its bar. */
export function CategoriesSection({ s }: { s: SectionOf<'categories'> }) {
  return (
    <DataTable
      columns={[COLUMNS.category, COLUMNS.progress, { label: '' }, COLUMNS.done]}
      rows={s.rows.map((r) => [
        r.label,
        `${r.percent}%`,
        <Bar key="bar" value={r.percent} />,
        doneOfTotal(r.done, r.total),
      ])}
    />
  )
}

/** Every skill with its status and figures, then (if chosen) each skill's sub-topics as a checklist. */
export function SkillsSection({ s, look }: { s: SectionOf<'skills'>; look: ReportLook }) {
  const rows = s.rows.map((r) => [
    r.title,
    r.category,
    <span key="status" className={`report-status-${r.status}`}>
      {r.statusLabel}
    </span>,
    ...skillFigures(r, s.showConfidence),
  ])
  return (
    <>
      <DataTable columns={skillColumns(s.showConfidence)} rows={rows} />
      {s.showSubtopics ? (
        <>
          <Heading level={look.headingLevel + 2}>{SUBTOPICS_HEADING}</Heading>
          {s.listNotStarted ? (
            <AllSubtopics rows={s.rows} look={look} />
          ) : (
            <FoldedSubtopics rows={s.rows} look={look} />
          )}
        </>
      ) : null}
    </>
  )
}

type SkillRows = SectionOf<'skills'>['rows']

/** Each skill's sub-topics, ticked or not, as a checklist. */
function AllSubtopics({ rows, look }: { rows: SkillRows; look: ReportLook }) {
  return rows.map((r) => (
    <div key={r.id} className="report-subtopics">
      <Heading level={look.headingLevel + 3}>
        {r.title} <small>{subtopicCount(r)}</small>
      </Heading>
      <Checklist items={r.subtopics.map((sub) => ({ text: sub.title, done: sub.done }))} />
    </div>
  ))
}

/** The ticked sub-topics of each skill with a count of the rest; the skills with nothing ticked named on one line. */
function FoldedSubtopics({ rows, look }: { rows: SkillRows; look: ReportLook }) {
  const { started, untouched } = foldSubtopics(rows)
  return (
    <>
      {started.map(({ row, ticked, notStarted }) => (
        <div key={row.id} className="report-subtopics">
          <Heading level={look.headingLevel + 3}>
            {row.title} <small>{subtopicCount(row)}</small>
          </Heading>
          <Checklist items={ticked.map((text) => ({ text, done: true }))} />
          {notStarted > 0 ? <p className="report-meta">{notStartedCount(notStarted)}</p> : null}
        </div>
      ))}
      {untouched.titles.length > 0 ? (
        <p className="report-untouched">
          {untouchedLead(untouched)} {untouched.titles.join(', ')}.
        </p>
      ) : null}
    </>
  )
}

/** The frameworks the learner marked, with the mark. */
export function FrameworksSection({ s }: { s: SectionOf<'frameworks'> }) {
  return (
    <DataTable columns={[COLUMNS.framework, COLUMNS.mark]} rows={s.items.map((f) => [f.name, markLabel(f.mark)])} />
  )
}
