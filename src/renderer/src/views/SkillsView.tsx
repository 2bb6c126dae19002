import { SKILLS } from '../../../shared/curriculum/skills'
import { STATUS_LABELS } from '../../../shared/progress'
import type { SkillStatus } from '../../../shared/model'
import { useStore } from '../state/store'

const STATUSES = Object.keys(STATUS_LABELS) as SkillStatus[]

/** The skills checklist: every skill with its status. */
export default function SkillsView() {
  const skills = useStore((s) => s.data?.skills)
  const setSkillStatus = useStore((s) => s.setSkillStatus)
  return (
    <section aria-labelledby="skills-heading" className="view">
      <header className="view-header">
        <h1 id="skills-heading">Skills</h1>
        <p className="lede">Fifteen skills a backend developer grows into. Mark where you stand with each.</p>
      </header>
      <ol className="skill-list">
        {SKILLS.map((skill) => {
          const status = skills?.[skill.id]?.status ?? 'not-started'
          return (
            <li key={skill.id} className={`skill-row status-${status}`}>
              <div className="skill-text">
                <h2 className="skill-title">{skill.title}</h2>
                <p className="skill-summary">{skill.summary}</p>
              </div>
              <label className="status-control">
                <span className="visually-hidden">Status of {skill.title}</span>
                <select value={status} onChange={(event) => void setSkillStatus(skill.id, event.target.value as SkillStatus)}>
                  {STATUSES.map((value) => (
                    <option key={value} value={value}>
                      {STATUS_LABELS[value]}
                    </option>
                  ))}
                </select>
              </label>
            </li>
          )
        })}
      </ol>
    </section>
  )
}
