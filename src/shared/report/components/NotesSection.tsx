import { InertLink, NoteMarkdown, PageLink } from '../../markdown/NoteMarkdown'
import type { SectionOf } from '../schema'
import { editedLine, noteHeading } from '../text'
import { Heading, type ReportLook } from './ReportParts'

/**
 * The notes, in full or as excerpts, both drawn as the note reads (its headings below the note's
 * own, `[[links]]` as their names, card lines as question and answer); an excerpt is quoted.
 */
export function NotesSection({ s, look }: { s: SectionOf<'notes'>; look: ReportLook }) {
  const level = look.headingLevel + 2
  const link = look.links === 'web' ? PageLink : InertLink
  return (
    <>
      {s.items.map((n, i) => {
        const clipped = s.mode === 'full' && look.noteChars !== undefined && n.text.length > look.noteChars
        const body = (
          <NoteMarkdown
            source={clipped ? n.text.slice(0, look.noteChars) : n.text}
            link={link}
            headingShift={level}
            wikiLinks
            cards
          />
        )
        return (
          <article key={i} className="report-note">
            <Heading level={level}>{noteHeading(n)}</Heading>
            <p className="report-meta">{editedLine(n)}</p>
            {s.mode === 'full' ? (
              body
            ) : (
              <blockquote className="report-excerpt">
                {body}
                {n.truncated ? <p className="report-meta">…</p> : null}
              </blockquote>
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
