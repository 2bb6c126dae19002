import { SKILLS } from '../../../shared/curriculum/skills'

/** A labelled select of the fifteen skills. */
export function SkillSelect({ id, label, value, onChange }: { id: string; label: string; value: string; onChange: (skillId: string) => void }) {
  return (
    <label>
      {label}
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        {SKILLS.map((skill) => (
          <option key={skill.id} value={skill.id}>
            {skill.title}
          </option>
        ))}
      </select>
    </label>
  )
}
