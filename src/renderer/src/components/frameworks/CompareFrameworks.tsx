import { CRITERION_LABELS, type Framework } from '../../../../shared/curriculum/frameworks'
import { frameworkOf } from '../../../../shared/curriculum/access'
import { useCurriculum } from '../../state/curriculum'
import { CRITERIA, MARK_LABELS, MAX_COMPARE } from '../../../../shared/frameworks/prefs'
import type { FrameworksState } from '../../../../shared/model'
import { useStore } from '../../state/store'
import { RatingValue } from './RatingValue'

const FACT_ROWS: Array<[string, (f: Framework) => string]> = [
  ['Kind', (f) => (f.kind === 'runtime' ? 'Runtime (not a framework)' : 'Framework')],
  ['Language', (f) => f.language],
  ['First release', (f) => String(f.firstRelease)],
  ['License', (f) => f.license],
  ['Style', (f) => f.style],
  ['Strengths', (f) => f.strengths],
  ['Typical uses', (f) => f.uses],
]

/** Two to four picked frameworks side by side: facts, editorial ratings and the learner's marks. */
export function CompareFrameworks({ prefs }: { prefs: FrameworksState }) {
  const setCompare = useStore((s) => s.frameworks.setCompare)
  const curriculum = useCurriculum()
  const offerUndo = useStore((s) => s.offerUndo)
  const clearComparison = async (): Promise<void> => {
    const before = [...prefs.compare]
    if ((await setCompare([])).ok) offerUndo('Comparison cleared.', () => setCompare(before))
  }
  const picked: Framework[] = prefs.compare.flatMap((id) => frameworkOf(curriculum, id) ?? [])

  if (picked.length < 2) {
    return (
      <p className="empty">
        {picked.length === 1
          ? `${picked[0]?.name} is picked. Tick one more in the table to compare.`
          : `Tick "Compare" on two to ${MAX_COMPARE} rows of the table to see them side by side.`}
      </p>
    )
  }
  return (
    <>
      <div className="fw-table-wrap">
        <table className="fw-compare">
          <caption className="visually-hidden">
            Side-by-side comparison of {picked.map((f) => f.name).join(', ')}
          </caption>
          <thead>
            <tr>
              <td />
              {picked.map((framework) => (
                <th key={framework.id} scope="col">
                  <span className="compare-name">{framework.name}</span>
                  <button
                    type="button"
                    className="small"
                    onClick={() => void setCompare(prefs.compare.filter((id) => id !== framework.id))}
                  >
                    Remove<span className="visually-hidden"> {framework.name} from the comparison</span>
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {FACT_ROWS.map(([label, value]) => (
              <tr key={label}>
                <th scope="row">{label}</th>
                {picked.map((framework) => (
                  <td key={framework.id}>{value(framework)}</td>
                ))}
              </tr>
            ))}
            {CRITERIA.map((criterion) => (
              <tr key={criterion} className="compare-rating">
                <th scope="row">
                  {CRITERION_LABELS[criterion]} <span className="badge">editorial</span>
                </th>
                {picked.map((framework) => (
                  <td key={framework.id}>
                    {framework.kind === 'framework' ? (
                      <RatingValue rating={framework.ratings[criterion]} />
                    ) : (
                      <span className="muted">Not rated (runtime)</span>
                    )}
                  </td>
                ))}
              </tr>
            ))}
            <tr>
              <th scope="row">Your mark</th>
              {picked.map((framework) => {
                const mark = prefs.marks[framework.id]
                return <td key={framework.id}>{mark ? MARK_LABELS[mark] : <span className="muted">None</span>}</td>
              })}
            </tr>
          </tbody>
        </table>
      </div>
      <button type="button" onClick={() => void clearComparison()}>
        Clear the comparison
      </button>
    </>
  )
}
