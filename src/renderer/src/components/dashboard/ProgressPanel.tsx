import { CATEGORY_LABELS, SKILLS, type SkillCategory } from '../../../../shared/curriculum/skills'
import { groupProgress } from '../../../../shared/skills/progress'
import type { SkillProgressMap } from '../../../../shared/levels/readiness'
import { ProgressBar } from '../common/ProgressBar'

const CATEGORIES = Object.keys(CATEGORY_LABELS) as SkillCategory[]

function doneText(done: number, counted: number, total: number): string {
  const skipped = total - counted
  return `${done} of ${counted} skills done${skipped > 0 ? `, ${skipped} skipped` : ''}`
}

/** Skill progress overall and per category. */
export function ProgressPanel({ skills }: { skills: SkillProgressMap }) {
  const overall = groupProgress(SKILLS, skills)
  return (
    <section className="dash-card dash-progress" aria-labelledby="dash-progress-heading">
      <h2 id="dash-progress-heading">Skill progress</h2>
      <ProgressBar labelShown label="Overall" fraction={overall.fraction} size="large" detail={doneText(overall.done, overall.counted, overall.total)} />
      {CATEGORIES.map((category) => {
        const group = groupProgress(
          SKILLS.filter((skill) => skill.category === category),
          skills,
        )
        return <ProgressBar labelShown key={category} label={CATEGORY_LABELS[category]} fraction={group.fraction} detail={doneText(group.done, group.counted, group.total)} />
      })}
      <p className="dash-note">Done skills count in full, others by their ticked sub-topics; skipped skills are left out.</p>
    </section>
  )
}
