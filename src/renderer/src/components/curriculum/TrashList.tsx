import { useState } from 'react'
import { useStore } from '../../state/store'
import { useCurriculum } from '../../state/curriculum'
import { failureOf } from '../../state/call'
import type { CurriculumTrashEntry as TrashEntry } from '../../../../shared/model'

function describe(entry: TrashEntry): string {
  if (entry.kind === 'skill') return `Skill: ${entry.skill.title}`
  if (entry.kind === 'category') return `Category: ${entry.category.title}`
  return `Sub-topic: ${entry.subtopic.title}`
}

/** What was deleted from the curriculum, newest first, each with a way back. */
export function TrashList() {
  const trash = useCurriculum().trash
  const restore = useStore((s) => s.curriculum.restore)
  const [error, setError] = useState<string | null>(null)
  return (
    <section className="ce-trash" aria-labelledby="ce-trash-heading">
      <h3 id="ce-trash-heading">Trash</h3>
      {trash.length === 0 ? <p className="muted">Nothing deleted. Deleted skills, sub-topics and categories wait here, with all they held.</p> : null}
      <ul>
        {[...trash].reverse().map((entry) => (
          <li key={entry.id} className="ce-row">
            <span>{describe(entry)}</span>
            <button type="button" className="small" onClick={() => void restore(entry.id).then((outcome) => setError(failureOf(outcome)))}>
              Restore {entry.kind === 'skill' ? entry.skill.title : entry.kind === 'category' ? entry.category.title : entry.subtopic.title}
            </button>
          </li>
        ))}
      </ul>
      {error ? (
        <p role="alert" className="field-error">
          {error}
        </p>
      ) : null}
    </section>
  )
}
