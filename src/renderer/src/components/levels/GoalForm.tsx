import { useId, useState, type FormEvent, type Ref } from 'react'
import { useCurriculum } from '../../state/curriculum'
import { goalTitleProblem } from '../../../../shared/levels/goal-title'
import { failureOf, type Outcome } from '../../state/call'
import { FieldError } from '../common/FormFeedback'

/** Title and linked skills of a goal of the learner's own, for adding or editing one. */
export function GoalForm({
  titleLabel,
  submitLabel,
  initialTitle,
  initialSkillIds,
  inputRef,
  autoFocus,
  onSubmit,
  onCancel,
}: {
  titleLabel: string
  submitLabel: string
  initialTitle?: string
  initialSkillIds?: readonly string[]
  inputRef?: Ref<HTMLInputElement>
  autoFocus?: boolean
  onSubmit: (title: string, skillIds: string[]) => Promise<Outcome>
  onCancel?: () => void
}) {
  const id = useId()
  const [title, setTitle] = useState(initialTitle ?? '')
  const [skillIds, setSkillIds] = useState<string[]>([...(initialSkillIds ?? [])])
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const curriculum = useCurriculum()
  const editing = initialTitle !== undefined

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault()
    // Checked here for instant feedback; main checks again before it saves anything.
    const problem = goalTitleProblem(title)
    if (problem) return setError(problem)
    setBusy(true)
    const outcome = await onSubmit(title.trim(), skillIds)
    setBusy(false)
    setError(failureOf(outcome))
    if (outcome.ok && !editing) {
      setTitle('')
      setSkillIds([])
    }
  }

  const toggle = (skillId: string, on: boolean): void =>
    setSkillIds((ids) => (on ? [...ids.filter((x) => x !== skillId), skillId] : ids.filter((x) => x !== skillId)))

  return (
    <form className="goal-form" onSubmit={(event) => void submit(event)} noValidate>
      <label htmlFor={`${id}-title`} className="goal-form-label">
        {titleLabel}
      </label>
      <div className="goal-form-row">
        <input
          id={`${id}-title`}
          ref={inputRef}
          autoFocus={autoFocus}
          value={title}
          onChange={(event) => {
            setTitle(event.target.value)
            if (error) setError(null)
          }}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          autoComplete="off"
          placeholder="e.g. Deploy a small API to a server of my own"
        />
        <button type="submit" className="primary" disabled={busy}>
          {submitLabel}
        </button>
        {onCancel ? (
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        ) : null}
      </div>
      <FieldError error={error} id={`${id}-error`} />
      <details className="goal-form-skills">
        <summary>Skills it draws on {skillIds.length > 0 ? `(${skillIds.length} chosen)` : '(optional)'}</summary>
        <fieldset>
          <legend className="visually-hidden">Skills this goal draws on</legend>
          {curriculum.skills.map((skill) => (
            <label key={skill.id} className="goal-form-skill">
              <input
                type="checkbox"
                checked={skillIds.includes(skill.id)}
                onChange={(event) => toggle(skill.id, event.target.checked)}
              />
              {skill.title}
            </label>
          ))}
        </fieldset>
      </details>
    </form>
  )
}
