import type { Report, ReportSection, SectionOf } from '../../../../shared/report/schema'
import { confidenceLabel } from '../../../../shared/report/defaults'
import { formatMinutes, percentText, SECTION_TITLES } from '../../../../shared/report/text'
import { ProgressBar } from '../ProgressBar'

/** Longest note text the preview shows; the export always has all of it. */
const PREVIEW_NOTE_CHARS = 4000

function Overview({ s }: { s: SectionOf<'overview'> }) {
  return (
    <>
      <p>
        <span className="report-big">{s.percent}%</span> complete: {s.done} of {s.total} skills done ({s.counted} counted; skipped skills are left out).
      </p>
      <ProgressBar label="Overall progress" fraction={s.percent / 100} decorative />
      <p className="report-counts">
        Not started {s.byStatus['not-started']} · Learning {s.byStatus.learning} · Done {s.byStatus.done} · Skipped {s.byStatus.skipped}
      </p>
    </>
  )
}

function Categories({ s }: { s: SectionOf<'categories'> }) {
  return (
    <table>
      <thead><tr><th>Category</th><th className="num">Progress</th><th><span className="visually-hidden">Bar</span></th><th className="num">Done</th></tr></thead>
      <tbody>
        {s.rows.map((r) => (
          <tr key={r.id}><td>{r.label}</td><td className="num">{r.percent}%</td><td><ProgressBar label={`Progress of ${r.label}`} fraction={r.percent / 100} decorative /></td><td className="num">{r.done} of {r.total}</td></tr>
        ))}
      </tbody>
    </table>
  )
}

function Skills({ s }: { s: SectionOf<'skills'> }) {
  return (
    <table>
      <thead>
        <tr><th>Skill</th><th>Status</th><th className="num">Progress</th>{s.showConfidence ? <th className="num">Confidence</th> : null}</tr>
      </thead>
      <tbody>
        {s.rows.map((r) => (
          <tr key={r.id}>
            <td>
              {r.title}
              {s.showSubtopics ? <span className="report-sub"> · {r.subtopics.filter((sub) => sub.done).length} of {r.subtopics.length} sub-topics</span> : null}
            </td>
            <td className={`report-status-${r.status}`}>{r.statusLabel}</td>
            <td className="num">{percentText(r.percent)}</td>
            {s.showConfidence ? <td className="num">{confidenceLabel(r.confidence)}</td> : null}
          </tr>
        ))}
      </tbody>
    </table>
  )
}

function Notes({ s }: { s: SectionOf<'notes'> }) {
  return (
    <>
      {s.items.map((n, i) => {
        const clipped = n.text.length > PREVIEW_NOTE_CHARS
        const text = clipped ? n.text.slice(0, PREVIEW_NOTE_CHARS) : n.text
        return (
          <article key={i} className="report-note">
            <h5>{n.skillTitle}: {n.title || 'Untitled note'}</h5>
            <p className="report-meta">Edited {n.editedOn}</p>
            {s.mode === 'full' ? <pre>{text}</pre> : <blockquote>{text}{n.truncated ? ' …' : ''}</blockquote>}
            {clipped ? <p className="report-meta">The preview shows the first {PREVIEW_NOTE_CHARS} characters; the export has all {n.text.length}.</p> : null}
          </article>
        )
      })}
    </>
  )
}

function Levels({ s }: { s: SectionOf<'levels'> }) {
  return (
    <>
      {s.levels.map((l) => (
        <div key={l.id} className="report-level">
          <h5>
            {l.title}: {l.percent}% ready{l.current ? <span className="report-meta"> (current level)</span> : null}
          </h5>
          <ProgressBar label={`${l.title} readiness`} fraction={l.percent / 100} decorative />
          <p className="report-meta">{l.explanation}</p>
          {l.targetOn ? <p className="report-meta">Target date {l.targetOn}{l.daysLeft ? ` (${l.daysLeft})` : ''}</p> : null}
          <ul className="report-goals">
            {l.goals.map((g, i) => (
              <li key={i}>
                {g.done ? '☑' : '☐'} {g.title}
                {g.custom ? <span className="report-meta"> (your own goal)</span> : null}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </>
  )
}

function MinutesTable({ head, rows }: { head: string; rows: SectionOf<'activity'>['skills'] }) {
  return (
    <table>
      <thead><tr><th>{head}</th><th className="num">Time</th></tr></thead>
      <tbody>{rows.map((r) => <tr key={r.id}><td>{r.label}</td><td className="num">{formatMinutes(r.minutes)}</td></tr>)}</tbody>
    </table>
  )
}

function Activity({ s }: { s: SectionOf<'activity'> }) {
  return (
    <>
      <p>
        Total <strong>{formatMinutes(s.totalMinutes)}</strong> over {s.days.length} {s.days.length === 1 ? 'day' : 'days'}.
        {s.streak ? ` Current streak: ${s.streak.current} ${s.streak.current === 1 ? 'day' : 'days'} (longest ${s.streak.longest}; a day counts from ${s.streak.minMinutes} min).` : ''}
      </p>
      <MinutesTable head="Category" rows={s.categories} />
      <MinutesTable head="Skill" rows={s.skills} />
    </>
  )
}

// Shown as text: the preview is not a place to navigate from (the Skills view opens links after asking).
function Evidence({ s }: { s: SectionOf<'evidence'> }) {
  return (
    <>
      {s.skills.map((skill) => (
        <div key={skill.skillId}>
          <h5>{skill.skillTitle}</h5>
          <ul className="report-evidence">
            {skill.links.map((l, i) => (
              <li key={i}>
                {l.title} <span className="report-url">{l.url}</span> <span className="report-meta">({l.kind}, added {l.addedOn})</span>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </>
  )
}

function Body({ section }: { section: ReportSection }) {
  switch (section.kind) {
    case 'overview': return <Overview s={section} />
    case 'categories': return <Categories s={section} />
    case 'skills': return <Skills s={section} />
    case 'notes': return <Notes s={section} />
    case 'levels': return <Levels s={section} />
    case 'frameworks':
      return <ul>{section.items.map((f) => <li key={f.name}>{f.name}: {f.mark === 'used' ? 'Used' : 'Learning'}</li>)}</ul>
    case 'activity': return <Activity s={section} />
    case 'evidence': return <Evidence s={section} />
  }
}

/** The report model drawn with React, as the exports will show it. */
export function ReportPreview({ report }: { report: Report }) {
  const range = report.rangeText
  return (
    <article className="report-preview" aria-label="Report preview">
      <header className="report-preview-header">
        <h3>{report.title}</h3>
        <p>Generated on {report.generatedOn}.{range ? ` ${range}` : ''}</p>
      </header>
      {report.sections.length === 0 ? <p className="empty">Nothing is selected. Tick at least one part to include.</p> : null}
      {report.sections.map((section) => (
        <section key={section.kind} className="report-section" aria-label={SECTION_TITLES[section.kind]}>
          <h4 className="report-section-title">{SECTION_TITLES[section.kind]}</h4>
          <Body section={section} />
        </section>
      ))}
    </article>
  )
}
