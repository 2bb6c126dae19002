import { startTransition, useEffect, useState } from 'react'
import { SKILLS, skillById } from '../../../shared/curriculum/skills'
import { groupProgress } from '../../../shared/skills/progress'
import { useStore } from '../state/store'
import { ProgressBar } from '../components/common/ProgressBar'
import { SkillChecklist } from '../components/skills/SkillChecklist'
import { SkillDetail } from '../components/skills/SkillDetail'
import { SkillSearch } from '../components/search/SkillSearch'
import { SkillsWorkspace } from '../components/skills/SkillsWorkspace'
import { NotesPanel } from '../components/notes/NotesPanel'
import './skills.css'

/** The skills checklist, the open skill with its sub-topics, and its notes, in three resizable panes. */
export default function SkillsView() {
  const progress = useStore((s) => s.data?.skills) ?? {}
  const selectedId = useStore((s) => s.selectedSkillId)
  const [query, setQuery] = useState('')
  const skill = (selectedId ? skillById(selectedId) : undefined) ?? SKILLS[0]!
  const overall = groupProgress(SKILLS, progress)
  // The checklist is painted first and the detail pane right after, in a second render the
  // browser may interrupt: the statuses are usable sooner on a slow machine.
  const [detailShown, setDetailShown] = useState(false)
  useEffect(() => {
    startTransition(() => setDetailShown(true))
  }, [])
  return (
    <section aria-labelledby="skills-heading" className="view skills-view">
      <SkillsWorkspace
        header={
          <header className="view-header skills-header">
            <div>
              <h1 id="skills-heading">Skills</h1>
              <p className="lede">Fifteen skills a backend developer grows into. Tick sub-topics as you learn them and keep notes as you go.</p>
            </div>
            <div className="overall">
              <span className="overall-label">
                Overall · {overall.done} of {overall.total} done
              </span>
              <ProgressBar label="Overall progress" fraction={overall.fraction} />
            </div>
          </header>
        }
        list={
          <>
            <SkillSearch text={query} onText={setQuery} />
            {query.trim() === '' ? <SkillChecklist selectedId={skill.id} /> : null}
          </>
        }
        detail={detailShown ? <SkillDetail key={skill.id} skill={skill} /> : <div className="skill-detail" aria-busy="true" />}
        notes={detailShown ? <NotesPanel key={skill.id} skill={skill} /> : <div className="notes-panel" aria-busy="true" />}
      />
    </section>
  )
}
