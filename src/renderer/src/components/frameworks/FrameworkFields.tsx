import { CRITERIA } from '../../../../shared/frameworks/prefs'
import { CRITERION_LABELS } from '../../../../shared/curriculum/frameworks'
import { CURRICULUM_LIMITS as L } from '../../../../shared/curriculum/limits'
import type { FrameworkDraft } from './framework-draft'

type TextKey = 'name' | 'language' | 'license' | 'style' | 'strengths' | 'uses'
const SHORT: Array<[TextKey, string]> = [
  ['name', 'Name'],
  ['language', 'Language'],
]
const LONG: Array<[TextKey, string]> = [
  ['style', 'Style'],
  ['strengths', 'Strengths'],
  ['uses', 'Typical uses'],
]

/** The fields of a framework row (its facts and, unless it is a runtime, its 1 to 5 ratings), for adding or changing one. */
export function FrameworkFields({ draft, onChange, rated = true }: { draft: FrameworkDraft; onChange: (draft: FrameworkDraft) => void; rated?: boolean }) {
  const text = (key: TextKey, label: string, max: number) => (
    <label key={key}>
      {label}
      <input type="text" value={draft[key]} maxLength={max} onChange={(event) => onChange({ ...draft, [key]: event.target.value })} />
    </label>
  )
  return (
    <>
      {SHORT.map(([key, label]) => text(key, label, L.title))}
      <label>
        First release (year)
        <input type="number" inputMode="numeric" value={draft.year} onChange={(event) => onChange({ ...draft, year: event.target.value })} />
      </label>
      {text('license', 'License', L.title)}
      {LONG.map(([key, label]) => text(key, label, L.text))}
      {rated
        ? CRITERIA.map((criterion) => (
            <label key={criterion}>
              {CRITERION_LABELS[criterion]} (1 to 5)
              <input type="number" min={1} max={5} value={draft.scores[criterion]} onChange={(event) => onChange({ ...draft, scores: { ...draft.scores, [criterion]: Number(event.target.value) } })} />
            </label>
          ))
        : null}
    </>
  )
}
