import type { ReactNode } from 'react'
import { useStore } from '../../../state/store'
import { useLinkTargets } from './use-link-targets'
import './links.css'

/** A `[[link]]` in the preview: opens the note or skill it names, or says plainly that it leads nowhere. */
export function WikiLink({ target, children }: { target: string; children: ReactNode }) {
  const { resolve } = useLinkTargets()
  const selectSkill = useStore((s) => s.selectSkill)
  const found = resolve?.(target)
  if (!resolve) return <span className="wiki-link">{children}</span>
  if (!found) {
    return (
      <span className="wiki-link broken" title={`Nothing is called “${target}” yet`}>
        {children}
        <span className="visually-hidden"> (broken link: no note or skill is called “{target}”)</span>
      </span>
    )
  }
  const open = found.kind === 'note' ? () => selectSkill(found.skillId, found.id) : () => selectSkill(found.id)
  return (
    <a
      href="#"
      className="wiki-link"
      title={found.kind === 'note' ? `Open the note “${found.title}”` : `Open the skill ${found.title}`}
      onClick={(event) => {
        event.preventDefault()
        open()
      }}
    >
      {children}
    </a>
  )
}
