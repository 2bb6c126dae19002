import { lazy, Suspense } from 'react'
import { levelOf } from '../../../shared/curriculum/access'
import { useCurriculum } from '../state/curriculum'
import { hasStarted } from '../../../shared/skills/first-start'
import { levelGoals, nextUp, readinessOf } from '../../../shared/levels/readiness'
import { useStore } from '../state/store'
import { useToday } from '../use-clock'
import { NextUpPanel } from '../components/dashboard/NextUpPanel'
import { ProgressPanel } from '../components/dashboard/ProgressPanel'
import { ReadinessPanel } from '../components/dashboard/ReadinessPanel'
import { RevisitPanel } from '../components/dashboard/RevisitPanel'
import { StreakCard } from '../components/dashboard/StreakCard'
import { WeekCard } from '../components/dashboard/WeekCard'
import { ReviewDueCard } from '../components/dashboard/ReviewDueCard'
import { RecentNotesPanel } from '../components/dashboard/RecentNotesPanel'
import { TodayPanel } from '../components/dashboard/TodayPanel'
import { useNeedsRevisit } from '../state/revisit'
import { useStudyLoop, type StudyLoop } from './dashboard/use-study-loop'
import { Welcome } from './dashboard/Welcome'
import './dashboard.css'

// Shown on a first start only, so its code is fetched only then.
const PackChooser = lazy(() => import('../components/packs/PackChooser').then((m) => ({ default: m.PackChooser })))

/** How many steps "next up" suggests: enough to choose from, few enough to act on. */
const NEXT_UP_COUNT = 3

/** Streak, this week's minutes and today's review side by side: the loop the learner keeps going. */
function LoopRow({ loop }: { loop: StudyLoop }) {
  return (
    <div className="dash-loop">
      <StreakCard streak={loop.streak} minimum={loop.minimum} anyTime={loop.anyTime} />
      <WeekCard thisWeek={loop.thisWeek} lastWeek={loop.lastWeek} />
      <ReviewDueCard due={loop.review.due} fresh={loop.review.fresh} total={loop.review.cards} />
    </div>
  )
}

/** The overview: today's plan, the study loop (streak, week, review, recent notes), readiness and date, next steps and progress. */
export default function DashboardView() {
  const data = useStore((s) => s.data)
  const revisit = useNeedsRevisit()
  const curriculum = useCurriculum()
  const loop = useStudyLoop()
  const { zone, today } = useToday()
  if (!data || !loop) return null
  const levelId = data.levels.currentLevel
  const goals = levelGoals(curriculum, levelId, data.levels)
  const readiness = readinessOf(curriculum, goals, data.skills)
  const started = hasStarted(data)
  return (
    <section aria-labelledby="dashboard-heading" className="view dashboard-view">
      <header className="view-header">
        <h1 id="dashboard-heading">Dashboard</h1>
        <p className="lede">
          Today’s work first, then your study loop, where you stand and the next steps that count most.
        </p>
      </header>
      {started ? (
        <>
          <TodayPanel studied={loop.streak.todayMinutes} review={loop.review} />
          <LoopRow loop={loop} />
          <div className="dash-grid">
            <div className="dash-col">
              <ReadinessPanel levelId={levelId} readiness={readiness} targetDate={data.levels[levelId].targetDate} />
              <RecentNotesPanel zone={zone} today={today} />
            </div>
            <div className="dash-col">
              <NextUpPanel
                steps={nextUp(curriculum, goals, data.skills, NEXT_UP_COUNT)}
                levelTitle={levelOf(curriculum, levelId).title}
              />
              <RevisitPanel revisit={revisit} />
            </div>
            <ProgressPanel skills={data.skills} />
          </div>
        </>
      ) : (
        <>
          {data.device.welcomeDone ? null : (
            <Suspense fallback={null}>
              <PackChooser />
            </Suspense>
          )}
          <Welcome />
          <LoopRow loop={loop} />
          <RecentNotesPanel zone={zone} today={today} />
          <RevisitPanel revisit={revisit} />
        </>
      )}
    </section>
  )
}
