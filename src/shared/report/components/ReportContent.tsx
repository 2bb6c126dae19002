import type { ReactElement } from 'react'
import type { Report, ReportSection as Section } from '../schema'
import { generatedLine, SECTION_TITLES } from '../text'
import { ActivitySection } from './ActivitySection'
import { EvidenceSection } from './EvidenceSection'
import { LevelsSection } from './LevelsSection'
import { NotesSection } from './NotesSection'
import { CategoriesSection, FrameworksSection, OverviewSection, SkillsSection } from './ProgressSections'
import { Heading, Sentence, type ReportLook } from './ReportParts'

/** The report's title and the line with its date and range. */
export function ReportHeader({ report, look }: { report: Report; look: ReportLook }) {
  return (
    <header className="report-header">
      <Heading level={look.headingLevel}>{report.title}</Heading>
      <p>
        <Sentence
          parts={generatedLine(report)}
          figure={(value) => <time dateTime={report.generatedAt}>{value}</time>}
        />
      </p>
    </header>
  )
}

function SectionBody({ section, look }: { section: Section; look: ReportLook }) {
  switch (section.kind) {
    case 'overview':
      return <OverviewSection s={section} />
    case 'categories':
      return <CategoriesSection s={section} />
    case 'skills':
      return <SkillsSection s={section} look={look} />
    case 'notes':
      return <NotesSection s={section} look={look} />
    case 'levels':
      return <LevelsSection s={section} look={look} />
    case 'frameworks':
      return <FrameworksSection s={section} />
    case 'activity':
      return <ActivitySection s={section} />
    case 'evidence':
      return <EvidenceSection s={section} look={look} />
  }
}

/** One section under its title; a region named after the title for assistive technology. */
export function ReportSection({ section, look }: { section: Section; look: ReportLook }) {
  const title = SECTION_TITLES[section.kind]
  return (
    <section className={`report-section report-section-${section.kind}`} aria-label={title}>
      <Heading level={look.headingLevel + 1}>{title}</Heading>
      <SectionBody section={section} look={look} />
    </section>
  )
}

/** The report as the header followed by one element per section: the preview shows them, the export renders each to HTML. */
export function reportElements(report: Report, look: ReportLook): ReactElement[] {
  return [
    <ReportHeader key="header" report={report} look={look} />,
    // No section is forced onto a new printed page: each follows the last, so no page is left half empty.
    ...report.sections.map((section) => <ReportSection key={section.kind} section={section} look={look} />),
  ]
}
