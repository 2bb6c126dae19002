import { useId, useRef, useState } from 'react'
import type { Level } from '../../../../shared/curriculum/levels'
import { levelGoals, levelReadiness } from '../../../../shared/readiness'
import { useStore } from '../../state/store'
import { PercentBar } from '../../components/PercentBar'
import { GoalForm } from './GoalForm'
import { GoalRow } from './GoalRow'
import { TargetDate } from './TargetDate'

/** One level: readiness and why, target date, the built-in goals and the learner's own. */
export function LevelSection({ level }: { level: Level }) {
  const id = useId()
  const levels = useStore((s) => s.data?.levels)
  const skills = useStore((s) => s.data?.skills)
  const current = useStore((s) => s.data?.levels.currentLevel === level.id)
  const addGoal = useStore((s) => s.addGoal)
  const [error, setError] = useState<string | null>(null)
  const addInput = useRef<HTMLInputElement>(null)
  if (!levels || !skills) return null

  const goals = levelGoals(level.id, levels)
  const builtIn = goals.filter((goal) => !goal.custom)
  const own = goals.filter((goal) => goal.custom)
  const readiness = levelReadiness(level.id, levels, skills)

  return (
    <section className={`level-card${current ? ' level-current' : ''}`} aria-labelledby={`${id}-heading`}>
      <header className="level-head">
        <div>
          <h2 id={`${id}-heading`}>
            {level.title}
            {current ? <span className="badge">Your current level</span> : null}
          </h2>
          <p className="level-summary">{level.summary}</p>
        </div>
        <div className="level-readiness">
          <PercentBar label={`${level.title} readiness`} fraction={readiness.fraction} size="large" />
        </div>
      </header>
      <p className="readiness-why">{readiness.explanation}</p>
      <TargetDate level={level.id} levelTitle={level.title} onError={setError} />
      {error ? (
        <p role="alert" className="field-error level-error">
          {error}
        </p>
      ) : null}

      <h3 className="goal-heading">Goals for this level</h3>
      <ul className="goal-list" aria-label={`Goals for ${level.title}`}>
        {builtIn.map((goal) => (
          <GoalRow key={goal.id} level={level.id} goal={goal} onError={setError} />
        ))}
      </ul>

      <h3 className="goal-heading">Your own goals</h3>
      {own.length > 0 ? (
        <ul className="goal-list own-goals" aria-label={`Your own goals for ${level.title}`}>
          {own.map((goal, index) => (
            <GoalRow key={goal.id} level={level.id} goal={goal} place={{ index, count: own.length }} onError={setError} afterDelete={() => addInput.current?.focus()} />
          ))}
        </ul>
      ) : (
        <p className="empty">None yet. Add what matters to you, like a project you want to ship or a course to finish.</p>
      )}
      <GoalForm titleLabel={`New goal for ${level.title}`} submitLabel="Add goal" inputRef={addInput} onSubmit={(title, skillIds) => addGoal(level.id, title, skillIds)} />
    </section>
  )
}
