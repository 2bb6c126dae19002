import { CRITERIA } from '../../../../shared/frameworks/prefs'
import { CRITERION_LABELS } from '../../../../shared/curriculum/frameworks'
import { CURRICULUM_LIMITS as L } from '../../../../shared/curriculum/limits'
import type { FrameworkDraft } from './framework-draft'

type TextKey = 'name' | 'language' | 'license' | 'style' | 'strengths' | 'uses'
const LONG: Array<[TextKey, string]> = [
  ['strengths', 'Strengths'],
  ['uses', 'Typical uses'],
]

/** The fields of a framework row (its facts and, unless it is a runtime, its 1 to 5 ratings), for adding or changing one. */
export function FrameworkFields({
  draft,
  onChange,
  rated = true,
}: {
  draft: FrameworkDraft
  onChange: (draft: FrameworkDraft) => void
  rated?: boolean
}) {
  const line = (key: TextKey, label: string) => (
    <label>
      {label}
      <input
        type="text"
        value={draft[key]}
        maxLength={L.title}
        onChange={(event) => onChange({ ...draft, [key]: event.target.value })}
      />
    </label>
  )
  return (
    <>
      <div className="fw-fields">
        {line('name', 'Name')}
        {line('language', 'Language')}
        <label>
          First release (year)
          <input
            type="number"
            inputMode="numeric"
            value={draft.year}
            onChange={(event) => onChange({ ...draft, year: event.target.value })}
          />
        </label>
        {line('license', 'License')}
        <label className="fw-style">
          Style
          <input
            type="text"
            value={draft.style}
            maxLength={L.text}
            onChange={(event) => onChange({ ...draft, style: event.target.value })}
          />
        </label>
        {LONG.map(([key, label]) => (
          <label key={key} className="fw-long">
            {label}
            <textarea
              rows={2}
              value={draft[key]}
              maxLength={L.text}
              onChange={(event) => onChange({ ...draft, [key]: event.target.value })}
            />
          </label>
        ))}
      </div>
      {rated ? (
        <fieldset className="fw-rating-fields">
          <legend>Ratings, 1 (weak) to 5 (strong)</legend>
          {CRITERIA.map((criterion) => (
            <label key={criterion}>
              {CRITERION_LABELS[criterion]}
              <span className="visually-hidden"> (1 to 5)</span>
              <input
                type="number"
                min={1}
                max={5}
                value={draft.scores[criterion]}
                onChange={(event) =>
                  onChange({ ...draft, scores: { ...draft.scores, [criterion]: Number(event.target.value) } })
                }
              />
            </label>
          ))}
        </fieldset>
      ) : null}
    </>
  )
}
