import type { Skill } from '../../../../shared/curriculum/skills'
import { useStore } from '../../state/store'
import { CONFIDENCE_LABELS } from './status-options'

/** Five radio buttons for the learner's confidence in a skill (arrow keys move between them). */
export function ConfidenceRating({ skill, value }: { skill: Skill; value: number }) {
  const setConfidence = useStore((s) => s.skills.setConfidence)
  const offerUndo = useStore((s) => s.offerUndo)
  const clear = async (): Promise<void> => {
    const before = value
    if ((await setConfidence(skill.id, 0)).ok)
      offerUndo(`Cleared your confidence in ${skill.title}.`, () => setConfidence(skill.id, before))
  }
  return (
    <fieldset className="confidence">
      <legend>
        Confidence<span className="visually-hidden"> in {skill.title}</span>
      </legend>
      <div className="confidence-options">
        {[1, 2, 3, 4, 5].map((level) => (
          <label key={level} className="confidence-option" title={CONFIDENCE_LABELS[level]}>
            <input
              type="radio"
              name={`confidence-${skill.id}`}
              value={level}
              checked={value === level}
              aria-label={`${level} of 5: ${CONFIDENCE_LABELS[level]}`}
              onChange={() => void setConfidence(skill.id, level)}
            />
            <span aria-hidden="true">{level}</span>
          </label>
        ))}
        <span className="confidence-caption">{CONFIDENCE_LABELS[value] ?? CONFIDENCE_LABELS[0]}</span>
        {value > 0 ? (
          <button type="button" className="link-button" onClick={() => void clear()}>
            Clear rating
          </button>
        ) : null}
      </div>
    </fieldset>
  )
}
