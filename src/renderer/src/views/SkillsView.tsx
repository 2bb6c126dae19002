import { lazy, startTransition, Suspense, useEffect, useState } from 'react'
import { skillOf, visibleSkills } from '../../../shared/curriculum/access'
import { useCurriculum } from '../state/curriculum'
import { groupProgress } from '../../../shared/skills/progress'
import { useStore } from '../state/store'
import type { Intent, SkillTab } from '../state/ui-slice'
import { ProgressBar } from '../components/common/ProgressBar'
import { SkillChecklist } from '../components/skills/SkillChecklist'
import { SkillBar, tabPanelId } from '../components/skills/SkillBar'
import { SkillSearch } from '../components/search/SkillSearch'
import { SkillsWorkspace } from '../components/skills/SkillsWorkspace'
import { HiddenSkillNote } from '../components/skills/HiddenSkillNote'
import { lazyView } from '../lazy-view'
import type { Skill } from '../../../shared/curriculum/skills'
import './skills.css'

// Loaded when first opened, so the editor costs the Skills view nothing at start-up.
// The notes pane (editor, virtual note list, link suggestions) is most of the view's code: it is
// fetched as the view mounts and shown right after the checklist, which does not wait for it.
const NotesPanel = lazyView<{ skill: Skill }>(() =>
  import('../components/notes/NotesPanel').then((m) => ({ default: m.NotesPanel })),
)
// The sub-topics tab (sub-topics, confidence, evidence) is a tab away from the note: its code comes when first shown.
const SkillDetail = lazyView<{ skill: Skill }>(() =>
  import('../components/skills/SkillDetail').then((m) => ({ default: m.SkillDetail })),
)
const CurriculumEditor = lazy(() =>
  import('../components/curriculum/CurriculumEditor').then((m) => ({ default: m.CurriculumEditor })),
)

/** The tab a command's target lives on: a sub-topic on the progress side, anything of a note on the notes side. */
function tabOf(intent: Intent | null): SkillTab | null {
  if (!intent) return null
  if (intent.startsWith('subtopic:')) return 'progress'
  if (intent.startsWith('note')) return 'notes'
  return null
}

/** The skills checklist beside the open skill: its notes first, its sub-topics and progress a tab away. */
export default function SkillsView() {
  const progress = useStore((s) => s.data?.skills) ?? {}
  const selectedId = useStore((s) => s.selectedSkillId)
  const tab = useStore((s) => s.skillTab)
  const setTab = useStore((s) => s.setSkillTab)
  const wanted = useStore((s) => tabOf(s.intent))
  const [query, setQuery] = useState('')
  const [editing, setEditing] = useState(false)
  // The palette's pack commands open the editor (once per intent); its packs panel then answers the intent itself.
  const packIntent = useStore((s) => s.intent?.startsWith('curriculum-pack') ?? false)
  const [seenPackIntent, setSeenPackIntent] = useState(false)
  if (packIntent !== seenPackIntent) {
    setSeenPackIntent(packIntent)
    if (packIntent) setEditing(true)
  }
  // A command aimed at the other tab (a sub-topic from search, "new note" from the palette) opens it first.
  useEffect(() => {
    if (wanted && wanted !== tab) setTab(wanted)
  }, [wanted, tab, setTab])
  const curriculum = useCurriculum()
  const skill = (selectedId ? skillOf(curriculum, selectedId) : undefined) ?? visibleSkills(curriculum)[0]
  const overall = groupProgress(visibleSkills(curriculum), progress)
  const noteCount = useStore((s) => (skill ? (s.data?.noteCounts[skill.id] ?? 0) : 0))
  // The checklist is painted first and the open skill right after, in a second render the
  // browser may interrupt: the statuses are usable sooner on a slow machine.
  const [detailShown, setDetailShown] = useState(false)
  useEffect(() => {
    void NotesPanel.preload().catch(() => undefined)
    // Fetched once the first screen is up, so switching tabs never waits for it.
    void SkillDetail.preload().catch(() => undefined)
    startTransition(() => setDetailShown(true))
  }, [])
  const body = !skill ? (
    <p className="skill-detail empty">No skills are shown. Add one, or show a hidden one, with Edit curriculum.</p>
  ) : !detailShown ? (
    <div className="notes-panel" aria-busy="true" />
  ) : (
    // Keyed by skill and tab: another skill opens at its top, never at the last one's scroll.
    <>
      <HiddenSkillNote skill={skill} />
      <div
        key={`${skill.id}:${tab}`}
        role="tabpanel"
        id={tabPanelId(tab)}
        aria-labelledby={`skill-tab-button-${tab}`}
        className={`skill-tab-panel skill-tab-${tab}`}
      >
        {tab === 'progress' ? (
          <div className="pane-scroll">
            <SkillDetail skill={skill} />
          </div>
        ) : (
          <Suspense fallback={<div className="notes-panel" aria-busy="true" />}>
            <NotesPanel skill={skill} />
          </Suspense>
        )}
      </div>
    </>
  )
  return (
    <section aria-labelledby="skills-heading" className="view skills-view">
      <h1 id="skills-heading" className="visually-hidden">
        Skills
      </h1>
      <SkillsWorkspace
        list={
          <>
            <div className="overall">
              <span className="overall-label">
                Overall · {overall.done} of {overall.total} done
              </span>
              <ProgressBar label="Overall progress" fraction={overall.fraction} />
              <button type="button" className="small" onClick={() => setEditing(true)}>
                Edit curriculum
              </button>
            </div>
            <SkillSearch text={query} onText={setQuery} />
            {query.trim() === '' ? <SkillChecklist selectedId={skill?.id ?? ''} /> : null}
          </>
        }
        bar={skill ? <SkillBar skill={skill} noteCount={noteCount} /> : null}
        body={body}
      />
      {editing ? (
        <Suspense fallback={null}>
          <CurriculumEditor open onClose={() => setEditing(false)} />
        </Suspense>
      ) : null}
    </section>
  )
}
