import { skillOf } from '../../../../shared/curriculum/access'
import { useCurriculum } from '../../state/curriculum'
import { STATUS_LABELS } from '../../../../shared/skills/progress'
import { useStore } from '../../state/store'

/** The skills a goal draws on, each with its status and a way to open that skill in Skills. */
export function SkillLinks({ id, skillIds }: { id: string; skillIds: readonly string[] }) {
  const progress = useStore((s) => s.data?.skills)
  const showItem = useStore((s) => s.showItem)
  const curriculum = useCurriculum()
  const skills = skillIds.flatMap((skillId) => skillOf(curriculum, skillId) ?? [])
  if (skills.length === 0) {
    return (
      <p id={id} className="skill-links-none">
        Not linked to any skill: it counts once you tick it.
      </p>
    )
  }
  return (
    <ul id={id} className="skill-links" aria-label="Skills it draws on">
      {skills.map((skill) => {
        const status = progress?.[skill.id]?.status ?? 'not-started'
        return (
          <li key={skill.id}>
            <button
              type="button"
              className={`skill-chip chip-${status}`}
              title={`Open ${skill.title} in Skills`}
              onClick={() => showItem({ kind: 'skill', id: skill.id })}
            >
              <span className="chip-dot" aria-hidden="true" />
              {skill.title}
              <span className="visually-hidden"> ({STATUS_LABELS[status]})</span>
            </button>
          </li>
        )
      })}
    </ul>
  )
}
