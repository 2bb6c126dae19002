import { lazy, startTransition, Suspense, useEffect, useState } from 'react'
import { skillOf, visibleSkills } from '../../../shared/curriculum/access'
import { useCurriculum } from '../state/curriculum'
import { groupProgress } from '../../../shared/skills/progress'
import { useStore } from '../state/store'
import { ProgressBar } from '../components/common/ProgressBar'
import { SkillChecklist } from '../components/skills/SkillChecklist'
import { SkillDetail } from '../components/skills/SkillDetail'
import { SkillSearch } from '../components/search/SkillSearch'
import { SkillsWorkspace } from '../components/skills/SkillsWorkspace'
import { lazyView } from '../lazy-view'
import type { Skill } from '../../../shared/curriculum/skills'
import './skills.css'

// Loaded when first opened, so the editor costs the Skills view nothing at start-up.
// The notes pane (editor, virtual note list, link suggestions) is half the view's code: it is
// fetched as the view mounts and shown right after the checklist, which does not wait for it.
const NotesPanel = lazyView<{ skill: Skill }>(() => import('../components/notes/NotesPanel').then((m) => ({ default: m.NotesPanel })))
const CurriculumEditor = lazy(() => import('../components/curriculum/CurriculumEditor').then((m) => ({ default: m.CurriculumEditor })))

/** The skills checklist, the open skill with its sub-topics, and its notes, in three resizable panes. */
export default function SkillsView() {
  const progress = useStore((s) => s.data?.skills) ?? {}
  const selectedId = useStore((s) => s.selectedSkillId)
  const [query, setQuery] = useState('')
  const [editing, setEditing] = useState(false)
  // The palette's pack commands open the editor (once per intent); its packs panel then answers the intent itself.
  const packIntent = useStore((s) => s.intent?.startsWith('curriculum-pack') ?? false)
  const [seenPackIntent, setSeenPackIntent] = useState(false)
  if (packIntent !== seenPackIntent) {
    setSeenPackIntent(packIntent)
    if (packIntent) setEditing(true)
  }
  const curriculum = useCurriculum()
  const skill = (selectedId ? skillOf(curriculum, selectedId) : undefined) ?? visibleSkills(curriculum)[0]
  const overall = groupProgress(visibleSkills(curriculum), progress)
  // The checklist is painted first and the detail pane right after, in a second render the
  // browser may interrupt: the statuses are usable sooner on a slow machine.
  const [detailShown, setDetailShown] = useState(false)
  useEffect(() => {
    void NotesPanel.preload().catch(() => undefined)
    startTransition(() => setDetailShown(true))
  }, [])
  return (
    <section aria-labelledby="skills-heading" className="view skills-view">
      <SkillsWorkspace
        header={
          <header className="view-header skills-header">
            <div>
              <h1 id="skills-heading">Skills</h1>
              <p className="lede">The skills a backend developer grows into, as you shape them. Tick sub-topics as you learn them and keep notes as you go.</p>
            </div>
            <div className="overall">
              <span className="overall-label">
                Overall · {overall.done} of {overall.total} done
              </span>
              <ProgressBar label="Overall progress" fraction={overall.fraction} />
              <button type="button" className="small" onClick={() => setEditing(true)}>
                Edit curriculum
              </button>
            </div>
          </header>
        }
        list={
          <>
            <SkillSearch text={query} onText={setQuery} />
            {query.trim() === '' ? <SkillChecklist selectedId={skill?.id ?? ''} /> : null}
          </>
        }
        detail={
          !skill ? (
            <p className="skill-detail empty">No skills are shown. Add one, or show a hidden one, with Edit curriculum.</p>
          ) : detailShown ? (
            <SkillDetail key={skill.id} skill={skill} />
          ) : (
            <div className="skill-detail" aria-busy="true" />
          )
        }
        notes={
          skill && detailShown ? (
            <Suspense fallback={<div className="notes-panel" aria-busy="true" />}>
              <NotesPanel key={skill.id} skill={skill} />
            </Suspense>
          ) : (
            <div className="notes-panel" aria-busy={skill ? true : undefined} />
          )
        }
      />
      {editing ? (
        <Suspense fallback={null}>
          <CurriculumEditor open onClose={() => setEditing(false)} />
        </Suspense>
      ) : null}
    </section>
  )
}
