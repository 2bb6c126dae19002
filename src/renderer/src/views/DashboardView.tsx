import { levelOf } from '../../../shared/curriculum/access'
import { useCurriculum } from '../state/curriculum'
import { hasStarted } from '../../../shared/skills/first-start'
import { levelGoals, nextUp, readinessOf } from '../../../shared/levels/readiness'
import { useStore } from '../state/store'
import { NextUpPanel } from '../components/dashboard/NextUpPanel'
import { ProgressPanel } from '../components/dashboard/ProgressPanel'
import { ReadinessPanel } from '../components/dashboard/ReadinessPanel'
import { RevisitPanel } from '../components/dashboard/RevisitPanel'
import { useNeedsRevisit } from '../state/revisit'
import './dashboard.css'

/** How many steps "next up" suggests: enough to choose from, few enough to act on. */
const NEXT_UP_COUNT = 3

/** Where to begin on a first start. */
function Welcome() {
  const showView = useStore((s) => s.showView)
  return (
    <section className="dash-card dash-welcome" aria-labelledby="dash-welcome-heading">
      <h2 id="dash-welcome-heading">Welcome! Here is where to begin</h2>
      <p>Nothing is tracked yet. Three steps get you going:</p>
      <ol className="welcome-steps">
        <li>
          <span>Go through the skills and mark where you stand with each one.</span>
          <button type="button" className="primary" onClick={() => showView('skills')}>
            Open Skills
          </button>
        </li>
        <li>
          <span>Pick the level you are aiming for, give it a target date and tick the goals you already meet.</span>
          <button type="button" onClick={() => showView('levels')}>
            Open Levels
          </button>
        </li>
        <li>
          <span>Come back here to see your progress and what to do next.</span>
        </li>
      </ol>
    </section>
  )
}

/** The overview: progress, the current level's readiness and date, and what to do next. */
export default function DashboardView() {
  const data = useStore((s) => s.data)
  const revisit = useNeedsRevisit()
  const curriculum = useCurriculum()
  if (!data) return null
  const levelId = data.levels.currentLevel
  const goals = levelGoals(curriculum, levelId, data.levels)
  const readiness = readinessOf(curriculum, goals, data.skills)
  const started = hasStarted(data)
  return (
    <section aria-labelledby="dashboard-heading" className="view dashboard-view">
      <header className="view-header">
        <h1 id="dashboard-heading">Dashboard</h1>
        <p className="lede">Where you stand, and the next steps that count most.</p>
      </header>
      {started ? (
        <div className="dash-grid">
          <div className="dash-col">
            <ReadinessPanel levelId={levelId} readiness={readiness} targetDate={data.levels[levelId].targetDate} />
            <RevisitPanel revisit={revisit} />
          </div>
          <NextUpPanel steps={nextUp(curriculum, goals, data.skills, NEXT_UP_COUNT)} levelTitle={levelOf(curriculum, levelId).title} />
          <ProgressPanel skills={data.skills} />
        </div>
      ) : (
        <>
          <Welcome />
          <RevisitPanel revisit={revisit} />
        </>
      )}
    </section>
  )
}
