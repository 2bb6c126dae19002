import { useEffect, useId, useRef, useState } from 'react'
import type { Category } from '../../../../shared/model'
import { CURRICULUM_LIMITS as L } from '../../../../shared/curriculum/limits'
import { useStore } from '../../state/store'
import { failureOf } from '../../state/call'
import { FieldError } from '../common/FormFeedback'

/**
 * "Add skill to <category>": a button that opens a short form led by the name field (focused), with
 * what is wrong with the name said beside it. The form stays open for the next one until Cancel.
 */
export function AddSkillForm({ category }: { category: Category }) {
  const editSkill = useStore((s) => s.curriculum.edit)
  const [open, setOpen] = useState(false)
  const [title, setTitle] = useState('')
  const [subtopics, setSubtopics] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [added, setAdded] = useState('')
  const name = useRef<HTMLInputElement>(null)
  const opener = useRef<HTMLButtonElement>(null)
  const errorId = useId()
  const nameId = useId()
  useEffect(() => {
    if (open) name.current?.focus()
  }, [open])
  const close = (): void => {
    setOpen(false)
    setError(null)
    setAdded('')
    // The opener is back in the page on the next render.
    requestAnimationFrame(() => opener.current?.focus())
  }
  const submit = async (event: React.FormEvent): Promise<void> => {
    event.preventDefault()
    setAdded('')
    if (!title.trim()) {
      setError('Give the skill a name.')
      return name.current?.focus()
    }
    const lines = subtopics
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean)
    const outcome = await editSkill({ op: 'addSkill', categoryId: category.id, title, subtopics: lines })
    setError(failureOf(outcome))
    if (!outcome.ok) return name.current?.focus()
    setAdded(`${title.trim()} was added to ${category.title}.`)
    setTitle('')
    setSubtopics('')
    name.current?.focus()
  }
  if (!open)
    return (
      <button
        ref={opener}
        type="button"
        className="small ce-add-skill-open"
        aria-expanded={false}
        onClick={() => setOpen(true)}
      >
        Add skill to {category.title}
      </button>
    )
  return (
    <form
      className="ce-add-skill"
      aria-label={`Add skill to ${category.title}`}
      onSubmit={(event) => void submit(event)}
      noValidate
    >
      <div className="ce-field">
        <label htmlFor={nameId}>New skill in {category.title}</label>
        <input
          ref={name}
          id={nameId}
          type="text"
          value={title}
          maxLength={L.title}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          onChange={(event) => setTitle(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape' && !title) {
              // Escape on an empty form closes it, not the whole editor.
              event.preventDefault()
              event.stopPropagation()
              close()
            }
          }}
        />
        <FieldError id={errorId} error={error} inline />
      </div>
      <label className="ce-field">
        Its sub-topics, one a line (optional)
        <textarea rows={2} value={subtopics} onChange={(event) => setSubtopics(event.target.value)} />
      </label>
      <span className="ce-add-skill-buttons">
        <button type="submit" className="primary">
          Add skill
        </button>
        <button type="button" onClick={close}>
          Cancel
        </button>
      </span>
      <p role="status" className="form-status ce-add-skill-status">
        {added}
      </p>
    </form>
  )
}
