import { useRef, useState } from 'react'
import type { TrashKind, TrashSummary } from '../../../../shared/model'
import { skillOf } from '../../../../shared/curriculum/access'
import { TRASH_RULE } from '../../../../shared/trash/rule'
import { useStore } from '../../state/store'
import { useCurriculum } from '../../state/curriculum'
import { useTrashListing } from '../../state/trash-listing'
import { failureOf } from '../../state/call'
import { FormFeedback } from '../common/FormFeedback'

const KINDS: Record<TrashKind, string> = {
  note: 'Note',
  session: 'Study session',
  goal: 'Goal',
  card: 'Card',
  evidence: 'Link',
  skill: 'Skill',
  subtopic: 'Sub-topic',
  category: 'Category',
  framework: 'Framework row',
}

/** The name of what a trash line holds (a note may have none). */
export function trashedName(entry: TrashSummary): string {
  return entry.name.trim() || `Untitled ${KINDS[entry.kind].toLowerCase()}`
}

/**
 * What the app's one trash holds, newest first, each with a way back. After a restore, focus
 * moves to the Restore button that took the restored one's place (or the one before it), or to the
 * Trash tab once the trash is empty, and a status line says what came back.
 */
export function TrashList() {
  const trash = useTrashListing()
  const curriculum = useCurriculum()
  const restore = useStore((s) => s.trash.restore)
  const [error, setError] = useState<string | null>(null)
  const [status, setStatus] = useState('')
  const list = useRef<HTMLUListElement>(null)
  /** Focuses the Restore button now at `index` (or the last one), else the selected tab around the list. */
  const focusNear = (index: number): void => {
    const buttons = [...(list.current?.querySelectorAll('button') ?? [])]
    // With the trash empty, its tab (when it is in one) is the place to go on from.
    const tab = list.current?.closest('.tabs')?.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]')
    ;(buttons[Math.min(index, buttons.length - 1)] ?? tab)?.focus()
  }
  const bringBack = async (entry: TrashSummary, index: number): Promise<void> => {
    const outcome = await restore(entry.id, entry.skillId ?? undefined)
    setError(failureOf(outcome))
    if (!outcome.ok) return
    setStatus(`${trashedName(entry)} is back${entry.kind === 'framework' ? ' in the Frameworks table' : ''}.`)
    // On the next frame the list shows the trash without it.
    requestAnimationFrame(() => focusNear(index))
  }
  /** The skill a line belonged to, when that helps tell it apart. */
  const ofSkill = (entry: TrashSummary): string => {
    const skill = entry.kind !== 'skill' && entry.skillId ? skillOf(curriculum, entry.skillId) : undefined
    return skill ? ` (${skill.title})` : ''
  }
  return (
    <section className="ce-trash" aria-labelledby="ce-trash-heading">
      <h3 id="ce-trash-heading" className="visually-hidden">
        Trash
      </h3>
      {trash.length === 0 ? (
        <p className="muted">
          Nothing deleted. Deleted skills, sub-topics, categories, framework rows, notes and the like wait here, with
          all they held, for {TRASH_RULE.days} days.
        </p>
      ) : (
        <p className="muted">
          The trash keeps the last {TRASH_RULE.entries} deletions for {TRASH_RULE.days} days; older ones go for good.
        </p>
      )}
      <ul ref={list}>
        {trash.map((entry, index) => (
          <li key={`${entry.kind}:${entry.skillId ?? ''}:${entry.id}:${entry.deletedAt}`} className="ce-row">
            <span className="ce-trash-name">
              {KINDS[entry.kind]}: {trashedName(entry)}
              {ofSkill(entry)}
            </span>
            <button type="button" className="small" onClick={() => void bringBack(entry, index)}>
              Restore {trashedName(entry)}
            </button>
          </li>
        ))}
      </ul>
      <FormFeedback error={error} status={status} />
    </section>
  )
}
