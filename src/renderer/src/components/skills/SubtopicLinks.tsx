import { useState } from 'react'
import type { Subtopic } from '../../../../shared/curriculum/skills'
import { isWebLink } from '../../../../shared/markdown/web-link'
import { useStore } from '../../state/store'
import { failureOf } from '../../state/call'
import { FieldError } from '../common/FormFeedback'

/** A sub-topic's links to learn from; each opens in the OS browser through main, which checks it again. */
export function SubtopicLinks({ subtopic }: { subtopic: Subtopic }) {
  const openExternal = useStore((s) => s.app.openExternal)
  const [error, setError] = useState<string | null>(null)
  const links = (subtopic.resources ?? []).filter((link) => isWebLink(link.url) && link.url.startsWith('https:'))
  if (links.length === 0) return null
  return (
    <>
      <ul className="subtopic-links" aria-label={`Links for ${subtopic.title}`}>
        {links.map((link, i) => (
          <li key={`${i}-${link.url}`}>
            <a
              href={link.url}
              title={link.url}
              rel="noreferrer noopener"
              onClick={(event) => {
                event.preventDefault()
                void openExternal(link.url).then((outcome) => setError(failureOf(outcome)))
              }}
            >
              {link.title}
            </a>
          </li>
        ))}
      </ul>
      <FieldError error={error} />
    </>
  )
}
