import { useId, useRef, useState } from 'react'
import { useCurriculum } from '../../state/curriculum'
import type { Level } from '../../../../shared/curriculum/levels'
import { levelGoals, levelReadiness } from '../../../../shared/levels/readiness'
import { isLevelOpen } from '../../state/levels-slice'
import { useStore } from '../../state/store'
import { useFocusIntent } from '../../state/intent'
import { GoalForm } from './GoalForm'
import { GoalRow } from './GoalRow'
import { LevelHeader } from './LevelHeader'
import { TargetDate } from './TargetDate'
import { FieldError } from '../common/FormFeedback'

/** One level: a header that always shows, then (when open) target date and goals. */
export function LevelSection({ level }: { level: Level }) {
  const id = useId()
  const levels = useStore((s) => s.data?.levels)
  const skills = useStore((s) => s.data?.skills)
  const current = useStore((s) => s.data?.levels.currentLevel === level.id)
  const open = useStore((s) => isLevelOpen(s, level.id))
  const setLevelOpen = useStore((s) => s.setLevelOpen)
  const addGoal = useStore((s) => s.levels.addGoal)
  const curriculum = useCurriculum()
  const [error, setError] = useState<string | null>(null)
  const addInput = useRef<HTMLInputElement>(null)
  // A closed level's fields cannot take focus; the command opens the level first.
  useFocusIntent(`goal-add-${level.id}`, addInput, open)
  const goals = levels ? levelGoals(curriculum, level.id, levels) : []
  if (!levels || !skills) return null

  const builtIn = goals.filter((goal) => !goal.custom)
  const own = goals.filter((goal) => goal.custom)
  const readiness = levelReadiness(curriculum, level.id, levels, skills)

  return (
    <section
      className={`level-card${current ? ' level-current' : ''}${open ? ' level-open' : ''}`}
      aria-labelledby={`${id}-heading`}
    >
      <LevelHeader
        level={level}
        headingId={`${id}-heading`}
        bodyId={`${id}-body`}
        current={current}
        readiness={readiness}
        targetDate={levels[level.id].targetDate}
        open={open}
        onToggle={() => setLevelOpen(level.id, !open)}
      />
      {/* Hidden rather than unmounted, so a half-typed goal or date survives closing the level. */}
      <div id={`${id}-body`} className="level-body" hidden={!open}>
        <TargetDate level={level.id} levelTitle={level.title} shown={open} onError={setError} />
        <FieldError error={error} className="level-error" />

        <h3 className="goal-heading">Goals for this level</h3>
        <ul className="goal-list" aria-label={`Goals for ${level.title}`}>
          {builtIn.map((goal) => (
            <GoalRow key={goal.id} level={level.id} goal={goal} shown={open} onError={setError} />
          ))}
        </ul>

        <h3 className="goal-heading">Your own goals</h3>
        {own.length > 0 ? (
          <ul className="goal-list own-goals" aria-label={`Your own goals for ${level.title}`}>
            {own.map((goal, index) => (
              <GoalRow
                key={goal.id}
                level={level.id}
                goal={goal}
                shown={open}
                place={{ index, count: own.length }}
                onError={setError}
                afterDelete={() => addInput.current?.focus()}
              />
            ))}
          </ul>
        ) : (
          <p className="empty">
            None yet. Add what matters to you, like a project you want to ship or a course to finish.
          </p>
        )}
        <GoalForm
          titleLabel={`New goal for ${level.title}`}
          submitLabel="Add goal"
          inputRef={addInput}
          onSubmit={(title, skillIds) => addGoal(level.id, title, skillIds)}
        />
      </div>
    </section>
  )
}
