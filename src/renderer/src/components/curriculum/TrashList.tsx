import { useRef, useState } from 'react'
import { useStore } from '../../state/store'
import { useCurriculum } from '../../state/curriculum'
import { failureOf } from '../../state/call'
import { FormFeedback } from '../common/FormFeedback'
import type { CurriculumTrashEntry as TrashEntry } from '../../../../shared/model'

const KINDS: Record<TrashEntry['kind'], string> = { skill: 'Skill', category: 'Category', subtopic: 'Sub-topic', framework: 'Framework row' }

/** The name of what a trash entry holds. */
export function trashedName(entry: TrashEntry): string {
  switch (entry.kind) {
    case 'skill':
      return entry.skill.title
    case 'category':
      return entry.category.title
    case 'subtopic':
      return entry.subtopic.title
    case 'framework':
      return entry.framework.name
  }
}

/**
 * What was deleted from the curriculum, newest first, each with a way back. After a restore, focus
 * moves to the Restore button that took the restored one's place (or the one before it), or to the
 * Trash tab once the trash is empty, and a status line says what came back.
 */
export function TrashList() {
  const trash = useCurriculum().trash
  const restore = useStore((s) => s.curriculum.restore)
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
  const bringBack = async (entry: TrashEntry, index: number): Promise<void> => {
    const outcome = await restore(entry.id)
    setError(failureOf(outcome))
    if (!outcome.ok) return
    setStatus(`${trashedName(entry)} is back${entry.kind === 'framework' ? ' in the Frameworks table' : ''}.`)
    // On the next frame the list shows the trash without it.
    requestAnimationFrame(() => focusNear(index))
  }
  return (
    <section className="ce-trash" aria-labelledby="ce-trash-heading">
      <h3 id="ce-trash-heading" className="visually-hidden">
        Trash
      </h3>
      {trash.length === 0 ? <p className="muted">Nothing deleted. Deleted skills, sub-topics, categories and framework rows wait here, with all they held.</p> : null}
      <ul ref={list}>
        {[...trash].reverse().map((entry, index) => (
          <li key={entry.id} className="ce-row">
            <span className="ce-trash-name">
              {KINDS[entry.kind]}: {trashedName(entry)}
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
