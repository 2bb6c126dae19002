import type { SectionOf } from '../schema'
import { COLUMNS, doneOfTotal, markLabel, overviewLead, skillColumns, skillFigures, statusCounts, subtopicCount, SUBTOPICS_HEADING } from '../text'
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
      rows={s.rows.map((r) => [r.label, `${r.percent}%`, <Bar key="bar" value={r.percent} />, doneOfTotal(r.done, r.total)])}
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
          {s.rows.map((r) => (
            <div key={r.id} className="report-subtopics">
              <Heading level={look.headingLevel + 3}>
                {r.title} <small>{subtopicCount(r)}</small>
              </Heading>
              <Checklist items={r.subtopics.map((sub) => ({ text: sub.title, done: sub.done }))} />
            </div>
          ))}
        </>
      ) : null}
    </>
  )
}

/** The frameworks the learner marked, with the mark. */
export function FrameworksSection({ s }: { s: SectionOf<'frameworks'> }) {
  return <DataTable columns={[COLUMNS.framework, COLUMNS.mark]} rows={s.items.map((f) => [f.name, markLabel(f.mark)])} />
}
