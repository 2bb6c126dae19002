import { useRef } from 'react'
import { useCurriculum } from '../../state/curriculum'
import { useFocusIntent } from '../../state/intent'
import type { Intent } from '../../state/ui-slice'

/**
 * A labelled select of the learner's skills (hidden ones too, so their time can still be logged); it takes
 * focus when a command asks for `focusIntent`. With `placeholder`, an empty first choice says what to do.
 */
export function SkillSelect({
  id,
  label,
  value,
  onChange,
  focusIntent,
  placeholder,
}: {
  id: string
  label: string
  value: string
  onChange: (skillId: string) => void
  focusIntent?: Intent
  placeholder?: string
}) {
  const select = useRef<HTMLSelectElement>(null)
  const curriculum = useCurriculum()
  useFocusIntent(focusIntent, select)
  return (
    <label>
      {label}
      <select ref={select} id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        {placeholder !== undefined ? (
          <option value="" disabled>
            {placeholder}
          </option>
        ) : null}
        {curriculum.skills.map((skill) => (
          <option key={skill.id} value={skill.id}>
            {skill.title}
          </option>
        ))}
      </select>
    </label>
  )
}
