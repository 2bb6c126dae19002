import type { Skill } from '../../../../shared/curriculum/skills'
import type { SkillProgress } from '../../../../shared/model'
import { useStore } from '../../state/store'

/** The sub-topics of a skill as checkboxes, with how many are ticked. */
export function SubtopicList({ skill, progress }: { skill: Skill; progress: SkillProgress | undefined }) {
  const setSubtopic = useStore((s) => s.skills.setSubtopic)
  const ticked = skill.subtopics.filter((sub) => progress?.subtopics[sub.id]).length
  return (
    <fieldset className="subtopics">
      <legend>
        Sub-topics<span className="visually-hidden"> of {skill.title}</span>
      </legend>
      <p className="subtopic-count">
        {ticked} of {skill.subtopics.length} ticked
      </p>
      <ul>
        {skill.subtopics.map((sub) => (
          <li key={sub.id}>
            <label id={`subtopic-${skill.id}-${sub.id}`}>
              <input type="checkbox" checked={progress?.subtopics[sub.id] === true} onChange={(event) => void setSubtopic(skill.id, sub.id, event.target.checked)} />
              <span>{sub.title}</span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  )
}
