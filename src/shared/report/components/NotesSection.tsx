import { InertLink, NoteMarkdown, PageLink } from '../../markdown/NoteMarkdown'
import type { SectionOf } from '../schema'
import { editedLine, excerptText, noteHeading } from '../text'
import { Heading, type ReportLook } from './ReportParts'

/** The notes: in full as rendered Markdown (its headings below the note's own), or as one-line excerpts. */
export function NotesSection({ s, look }: { s: SectionOf<'notes'>; look: ReportLook }) {
  const level = look.headingLevel + 2
  return (
    <>
      {s.items.map((n, i) => {
        const clipped = s.mode === 'full' && look.noteChars !== undefined && n.text.length > look.noteChars
        return (
          <article key={i} className="report-note">
            <Heading level={level}>{noteHeading(n)}</Heading>
            <p className="report-meta">{editedLine(n)}</p>
            {s.mode === 'full' ? (
              <NoteMarkdown source={clipped ? n.text.slice(0, look.noteChars) : n.text} link={look.links === 'web' ? PageLink : InertLink} headingShift={level} />
            ) : (
              <blockquote>{excerptText(n)}</blockquote>
            )}
            {clipped ? (
              <p className="report-meta">
                The preview shows the first {look.noteChars} characters; the export has all {n.text.length}.
              </p>
            ) : null}
          </article>
        )
      })}
    </>
  )
}
