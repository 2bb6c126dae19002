import type { Skill } from '../../../../shared/curriculum/skills'
import { skillCompletion } from '../../../../shared/skills/progress'
import { useStore } from '../../state/store'
import { ConfidenceRating } from './ConfidenceRating'
import { ProgressBar } from '../common/ProgressBar'
import { SubtopicList } from './SubtopicList'
import { EvidenceList } from '../evidence/EvidenceList'
import { Backlinks } from '../notes/links/Backlinks'
import { useNeedsRevisit } from '../../state/revisit'

/** The open skill's progress tab: what it is about, its sub-topics, confidence and evidence (its name and status are in the bar above). */
export function SkillDetail({ skill }: { skill: Skill }) {
  const progress = useStore((s) => s.data?.skills[skill.id])
  const showView = useStore((s) => s.showView)
  const lapsed = useNeedsRevisit().get(skill.id)?.length ?? 0
  return (
    <article className="skill-detail" aria-labelledby="skill-detail-title">
      <header className="detail-header">
        {skill.summary ? <p className="detail-summary">{skill.summary}</p> : null}
        {lapsed > 0 ? (
          <p className="revisit-note">
            You forgot {lapsed === 1 ? 'one of its review cards' : `${lapsed} of its review cards`} lately: worth a
            second look.{' '}
            <button type="button" className="link-button" onClick={() => showView('review')}>
              Go to Review
            </button>
          </p>
        ) : null}
        <ProgressBar label={`Completion of ${skill.title}`} fraction={skillCompletion(skill, progress)} />
      </header>
      <div className="detail-grid">
        <SubtopicList skill={skill} progress={progress} />
        <ConfidenceRating skill={skill} value={progress?.confidence ?? 0} />
      </div>
      <EvidenceList skillId={skill.id} />
      <Backlinks kind="skill" id={skill.id} />
    </article>
  )
}
