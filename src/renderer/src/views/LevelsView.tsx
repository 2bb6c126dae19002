import { useState } from 'react'
import { levelsOf } from '../../../shared/curriculum/access'
import { useCurriculum } from '../state/curriculum'
import { useStore } from '../state/store'
import { failureOf } from '../state/call'
import { LevelSection } from '../components/levels/LevelSection'
import './levels.css'
import { FieldError } from '../components/common/FormFeedback'

/** Career levels: pick the one you work toward, tick goals, set dates, add goals of your own. */
export default function LevelsView() {
  const currentLevel = useStore((s) => s.data?.levels.currentLevel ?? 'entry')
  const setCurrentLevel = useStore((s) => s.levels.setCurrentLevel)
  const [error, setError] = useState<string | null>(null)
  const levels = levelsOf(useCurriculum())
  return (
    <section aria-labelledby="levels-heading" className="view levels-view">
      <header className="view-header">
        <h1 id="levels-heading">Levels</h1>
        <p className="lede">
          Three steps of a backend career: choose the one you work toward and tick its goals as you reach them.
        </p>
      </header>
      <fieldset className="current-level">
        <legend>The level you are working toward</legend>
        {levels.map((level) => (
          <label key={level.id} className="current-level-option">
            <input
              type="radio"
              name="current-level"
              value={level.id}
              checked={currentLevel === level.id}
              onChange={() => void setCurrentLevel(level.id).then((outcome) => setError(failureOf(outcome)))}
            />
            {level.title}
          </label>
        ))}
        <FieldError error={error} />
      </fieldset>
      {levels.map((level) => (
        <LevelSection key={level.id} level={level} />
      ))}
    </section>
  )
}
