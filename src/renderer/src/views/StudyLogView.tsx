import { useMemo, useState } from 'react'
import { visibleSkills } from '../../../shared/curriculum/access'
import { useCurriculum } from '../state/curriculum'
import { computeStreak, minutesPerDay } from '../../../shared/study/streak'
import { minutesPerWeek } from '../../../shared/study/weekly'
import { categoryProgress, progressByWeek } from '../../../shared/study/progress-history'
import { useStore } from '../state/store'
import { useToday } from '../use-clock'
import { StudyTimer } from '../components/study/StudyTimer'
import { ManualLogForm } from '../components/study/ManualLogForm'
import { StreakPanel } from '../components/study/StreakPanel'
import { StudyHeatmap } from '../components/study/StudyHeatmap'
import { WeeklyChart } from '../components/study/WeeklyChart'
import { SessionLog } from '../components/study/SessionLog'
import { EvidenceList } from '../components/evidence/EvidenceList'
import { SkillSelect } from '../components/common/SkillSelect'
import './study.css'

/** The study log: timer, time by hand, streak, heatmap, weekly charts, sessions and evidence. */
export default function StudyLogView() {
  const study = useStore((s) => s.data?.study)
  const skills = useStore((s) => s.data?.skills)
  const progressLog = useStore((s) => s.data?.progressLog)
  const { now, zone, today } = useToday()
  const curriculum = useCurriculum()
  const [evidenceSkill, setEvidenceSkill] = useState(visibleSkills(curriculum)[0]?.id ?? '')
  const days = useMemo(() => minutesPerDay(study?.sessions ?? [], zone, now), [study, zone, now])
  const streak = useMemo(() => computeStreak(days, study?.minMinutesPerDay ?? 15, today), [days, study, today])
  const minutesFigures = useMemo(
    () => minutesPerWeek(curriculum, study?.sessions ?? [], zone, now, 8),
    [curriculum, study, zone, now],
  )
  // The live records give this week's figures, so a change shows before the log is read again.
  const progressFigures = useMemo(
    () => progressByWeek(curriculum, progressLog ?? [], zone, now, 8, categoryProgress(curriculum, skills ?? {})),
    [curriculum, progressLog, skills, zone, now],
  )
  if (!study) return null

  return (
    <section aria-labelledby="study-heading" className="view study-view">
      <header className="view-header">
        <h1 id="study-heading">Study log</h1>
        <p className="lede">
          Track the time you put in, keep a daily streak, and collect links that prove what you can do.
        </p>
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
          <WeeklyChart
            id="chart-minutes"
            title="Minutes studied per week"
            figures={minutesFigures}
            unit="minutes"
            kind="stacked-bars"
          />
          <WeeklyChart
            id="chart-progress"
            title="Skill progress per category"
            figures={progressFigures}
            unit="%"
            kind="percent-lines"
          />
        </div>
      </section>
      <SessionLog />
      <section className="panel" aria-labelledby="evidence-heading">
        <h2 id="evidence-heading">Evidence</h2>
        <SkillSelect
          id="evidence-skill"
          label="Skill"
          value={evidenceSkill}
          onChange={setEvidenceSkill}
          focusIntent="evidence-skill"
        />
        <EvidenceList skillId={evidenceSkill} />
      </section>
    </section>
  )
}
