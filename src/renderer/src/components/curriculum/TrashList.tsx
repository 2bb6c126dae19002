import { useState } from 'react'
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

/** What was deleted from the curriculum, newest first, each with a way back. */
export function TrashList() {
  const trash = useCurriculum().trash
  const restore = useStore((s) => s.curriculum.restore)
  const [error, setError] = useState<string | null>(null)
  return (
    <section className="ce-trash" aria-labelledby="ce-trash-heading">
      <h3 id="ce-trash-heading">Trash</h3>
      {trash.length === 0 ? <p className="muted">Nothing deleted. Deleted skills, sub-topics, categories and framework rows wait here, with all they held.</p> : null}
      <ul>
        {[...trash].reverse().map((entry) => (
          <li key={entry.id} className="ce-row">
            <span>
              {KINDS[entry.kind]}: {trashedName(entry)}
            </span>
            <button type="button" className="small" onClick={() => void restore(entry.id).then((outcome) => setError(failureOf(outcome)))}>
              Restore {trashedName(entry)}
            </button>
          </li>
        ))}
      </ul>
      <FormFeedback error={error} />
    </section>
  )
}
