import { useRef } from 'react'
import type { Skill } from '../../../../shared/curriculum/skills'
import { categoryTitle } from '../../../../shared/curriculum/access'
import { useCurriculum } from '../../state/curriculum'
import { skillCompletion, STATUS_LABELS } from '../../../../shared/skills/progress'
import { useStore } from '../../state/store'
import { ConfidenceRating } from './ConfidenceRating'
import { ProgressBar } from '../common/ProgressBar'
import { SubtopicList } from './SubtopicList'
import { HiddenSkillNote } from './HiddenSkillNote'
import { EvidenceList } from '../evidence/EvidenceList'
import { Backlinks } from '../notes/links/Backlinks'
import { RevisitBadge } from '../review/RevisitBadge'
import { useNeedsRevisit } from '../../state/revisit'
import { useIntent } from '../../state/intent'
import { focusInView } from '../common/focus'

/** The middle pane: what a skill is about, its sub-topics, confidence and evidence (its notes have a pane of their own). */
export function SkillDetail({ skill }: { skill: Skill }) {
  const progress = useStore((s) => s.data?.skills[skill.id])
  const showView = useStore((s) => s.showView)
  const curriculum = useCurriculum()
  const lapsed = useNeedsRevisit().get(skill.id)?.length ?? 0
  const status = progress?.status ?? 'not-started'
  const heading = useRef<HTMLHeadingElement>(null)
  // Landing on the skill (a link, a search hit, the palette): its title comes into view and takes focus.
  useIntent(`skill:${skill.id}`, () => void focusInView(heading.current, 'nearest'))
  return (
    <article className="skill-detail" aria-labelledby="skill-detail-title">
      <header className="detail-header">
        <p className="detail-kicker">
          <span className={`pill pill-${skill.category}`}>{categoryTitle(curriculum, skill.category)}</span>
          <span className={`pill pill-status status-${status}`}>{STATUS_LABELS[status]}</span>
          {lapsed > 0 ? <RevisitBadge cards={lapsed} skillTitle={skill.title} /> : null}
        </p>
        <h2 id="skill-detail-title" ref={heading} tabIndex={-1}>
          {skill.title}
        </h2>
        <p className="detail-summary">{skill.summary}</p>
        <HiddenSkillNote skill={skill} />
        {lapsed > 0 ? (
          <p className="revisit-note">
            You forgot {lapsed === 1 ? 'one of its review cards' : `${lapsed} of its review cards`} lately: worth a second look.{' '}
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
