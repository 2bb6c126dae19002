import { useEffect, useMemo, useState } from 'react'
import { SKILLS } from '../../../shared/curriculum/skills'
import { dayKey, systemTimeZone } from '../../../shared/study/days'
import { computeStreak, minutesPerDay } from '../../../shared/study/streak'
import { cardsRememberedByWeek, minutesPerWeek } from '../../../shared/study/weekly'
import { useStore } from '../state/store'
import { StudyTimer } from '../components/StudyTimer'
import { ManualLogForm } from '../components/ManualLogForm'
import { StreakPanel } from '../components/StreakPanel'
import { StudyHeatmap } from '../components/StudyHeatmap'
import { WeeklyChart } from '../components/WeeklyChart'
import { SessionLog } from '../components/SessionLog'
import { EvidenceList } from '../components/EvidenceList'
import { SkillSelect } from '../components/SkillSelect'
import './study.css'

/** Re-reads the clock every minute, so a running timer and "today" stay current. */
function useMinuteClock(): Date {
  const [now, setNow] = useState(() => new Date())
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 60_000)
    return () => clearInterval(timer)
  }, [])
  return now
}

/** The study log: timer, time by hand, streak, heatmap, weekly charts, sessions and evidence. */
export default function StudyLogView() {
  const study = useStore((s) => s.data?.study)
  const log = useStore((s) => s.data?.review.log)
  const now = useMinuteClock()
  const zone = useMemo(() => systemTimeZone(), [])
  const [evidenceSkill, setEvidenceSkill] = useState(SKILLS[0]?.id ?? '')
  const days = useMemo(() => minutesPerDay(study?.sessions ?? [], zone, now), [study, zone, now])
  const today = dayKey(now, zone)
  const streak = useMemo(() => computeStreak(days, study?.minMinutesPerDay ?? 15, today), [days, study, today])
  const minutesRows = useMemo(() => minutesPerWeek(study?.sessions ?? [], zone, now, 8), [study, zone, now])
  const cardRows = useMemo(() => cardsRememberedByWeek(log ?? [], zone, now, 8), [log, zone, now])
  if (!study) return null

  return (
    <section aria-labelledby="study-heading" className="view study-view">
      <header className="view-header">
        <h1 id="study-heading">Study log</h1>
        <p className="lede">Track the time you put in, keep a daily streak, and collect links that prove what you can do.</p>
      </header>
      <div className="study-grid">
        <StudyTimer />
        <StreakPanel streak={streak} />
      </div>
      <ManualLogForm />
      <StudyHeatmap days={days} today={today} minimum={study.minMinutesPerDay} />
      <section className="panel charts" aria-labelledby="charts-heading">
        <h2 id="charts-heading">Weekly progress</h2>
        <div className="chart-grid">
          <WeeklyChart id="chart-minutes" title="Minutes studied per week" rows={minutesRows} unit="minutes" stacked />
          <WeeklyChart id="chart-cards" title="Review cards remembered, running total" rows={cardRows} unit="cards" stacked={false} />
        </div>
      </section>
      <SessionLog />
      <section className="panel" aria-labelledby="evidence-heading">
        <h2 id="evidence-heading">Evidence</h2>
        <SkillSelect id="evidence-skill" label="Skill" value={evidenceSkill} onChange={setEvidenceSkill} />
        <EvidenceList skillId={evidenceSkill} />
      </section>
    </section>
  )
}
