import { CATEGORY_LABELS, type Skill } from '../../../../shared/curriculum/skills'
import { skillCompletion, STATUS_LABELS } from '../../../../shared/progress'
import { useStore } from '../../state/store'
import { ConfidenceRating } from './ConfidenceRating'
import { NotesPanel } from './NotesPanel'
import { ProgressBar } from './ProgressBar'
import { SubtopicList } from './SubtopicList'

/** The right-hand pane: what a skill is about, its sub-topics, confidence and notes. */
export function SkillDetail({ skill }: { skill: Skill }) {
  const progress = useStore((s) => s.data?.skills[skill.id])
  const status = progress?.status ?? 'not-started'
  return (
    <article className="skill-detail" aria-labelledby="skill-detail-title">
      <header className="detail-header">
        <p className="detail-kicker">
          <span className={`pill pill-${skill.category}`}>{CATEGORY_LABELS[skill.category]}</span>
          <span className={`pill pill-status status-${status}`}>{STATUS_LABELS[status]}</span>
        </p>
        <h2 id="skill-detail-title" tabIndex={-1}>
          {skill.title}
        </h2>
        <p className="detail-summary">{skill.summary}</p>
        <ProgressBar label={`Completion of ${skill.title}`} fraction={skillCompletion(skill, progress)} />
      </header>
      <div className="detail-grid">
        <SubtopicList skill={skill} progress={progress} />
        <ConfidenceRating skill={skill} value={progress?.confidence ?? 0} />
      </div>
      <NotesPanel skill={skill} />
    </article>
  )
}
