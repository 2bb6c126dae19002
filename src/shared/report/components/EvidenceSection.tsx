import { Fragment } from 'react'
import { isWebLink } from '../../markdown/web-link'
import type { SectionOf } from '../schema'
import { evidenceNote } from '../text'
import { Heading, type ReportLook } from './ReportParts'

type EvidenceLink = SectionOf<'evidence'>['skills'][number]['links'][number]

// Only http(s) links become clickable, and only in the exported page; anything else (say, from
// an edited backup) stays text, as does every link in the preview, which is no place to navigate from.
function Evidence({ link, look }: { link: EvidenceLink; look: ReportLook }) {
  const label = (
    <>
      {link.title} <span className="report-url">{link.url}</span>
    </>
  )
  if (look.links !== 'web' || !isWebLink(link.url)) return label
  return (
    <a href={link.url} rel="noopener noreferrer">
      {label}
    </a>
  )
}

/** Evidence links per skill, each with its kind and the day it was added. */
export function EvidenceSection({ s, look }: { s: SectionOf<'evidence'>; look: ReportLook }) {
  return (
    <>
      {s.skills.map((skill) => (
        <Fragment key={skill.skillId}>
          <Heading level={look.headingLevel + 2}>{skill.skillTitle}</Heading>
          <ul className="report-evidence">
            {skill.links.map((l, i) => (
              <li key={i}>
                <Evidence link={l} look={look} /> <small>{evidenceNote(l)}</small>
              </li>
            ))}
          </ul>
        </Fragment>
      ))}
    </>
  )
}
