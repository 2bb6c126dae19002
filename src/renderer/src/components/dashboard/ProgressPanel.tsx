import { visibleCategories, visibleSkills } from '../../../../shared/curriculum/access'
import { useCurriculum } from '../../state/curriculum'
import { groupProgress } from '../../../../shared/skills/progress'
import type { SkillProgressMap } from '../../../../shared/levels/readiness'
import { ProgressBar } from '../common/ProgressBar'

function doneText(done: number, counted: number, total: number): string {
  const skipped = total - counted
  return `${done} of ${counted} skills done${skipped > 0 ? `, ${skipped} skipped` : ''}`
}

/** Skill progress overall and per category. */
export function ProgressPanel({ skills }: { skills: SkillProgressMap }) {
  const curriculum = useCurriculum()
  const overall = groupProgress(visibleSkills(curriculum), skills)
  return (
    <section className="dash-card dash-progress" aria-labelledby="dash-progress-heading">
      <h2 id="dash-progress-heading">Skill progress</h2>
      <ProgressBar
        labelShown
        label="Overall"
        fraction={overall.fraction}
        size="large"
        detail={doneText(overall.done, overall.counted, overall.total)}
      />
      {visibleCategories(curriculum).map((category) => {
        const group = groupProgress(
          visibleSkills(curriculum).filter((skill) => skill.category === category.id),
          skills,
        )
        return (
          <ProgressBar
            labelShown
            key={category.id}
            label={category.title}
            fraction={group.fraction}
            detail={doneText(group.done, group.counted, group.total)}
          />
        )
      })}
      <p className="dash-note">
        Done skills count in full, others by their ticked sub-topics; skipped skills are left out.
      </p>
    </section>
  )
}
