import { CRITERION_HINTS, CRITERION_LABELS } from '../../../../shared/curriculum/frameworks'
import { frameworkOf, ratedFrameworks } from '../../../../shared/curriculum/access'
import { useCurriculum } from '../../state/curriculum'
import { CRITERIA, DEFAULT_WEIGHT, MARK_LABELS, MAX_WEIGHT } from '../../../../shared/frameworks/prefs'
import { formatScore, rankFrameworks } from '../../../../shared/frameworks/ranking'
import type { FrameworksState } from '../../../../shared/model'
import { useStore } from '../../state/store'
import type { Outcome } from '../../state/call'

const AND = new Intl.ListFormat('en', { style: 'long', type: 'conjunction' })

/** Weights per criterion and the ranked list they produce, each score explained. */
export function DecisionHelper({ prefs }: { prefs: FrameworksState }) {
  const setWeight = useStore((s) => s.frameworks.setWeight)
  const curriculum = useCurriculum()
  const offerUndo = useStore((s) => s.offerUndo)
  const ranking = rankFrameworks(ratedFrameworks(curriculum), prefs.weights)
  const leaders = ranking.entries.filter((entry) => entry.rank === 1)
  const runtimes = curriculum.frameworks.filter((f) => f.kind === 'runtime').map((f) => f.name)
  const setWeights = async (weights: Readonly<Record<(typeof CRITERIA)[number], number>>): Promise<Outcome> => {
    for (const criterion of CRITERIA) {
      const outcome = await setWeight(criterion, weights[criterion])
      if (!outcome.ok) return outcome
    }
    return { ok: true, value: null }
  }
  const resetWeights = async () => {
    const before = { ...prefs.weights }
    if (CRITERIA.every((criterion) => before[criterion] === DEFAULT_WEIGHT)) return
    const outcome = await setWeights(
      Object.fromEntries(CRITERIA.map((criterion) => [criterion, DEFAULT_WEIGHT])) as typeof before,
    )
    if (outcome.ok) offerUndo(`Weights reset to ${DEFAULT_WEIGHT} each.`, () => setWeights(before))
  }

  return (
    <div className="fw-decision">
      <fieldset className="fw-weights">
        <legend>Your weights</legend>
        <p className="weight-intro">0 leaves a criterion out; {MAX_WEIGHT} makes it count the most.</p>
        {CRITERIA.map((criterion) => (
          <div key={criterion} className="weight-row">
            <label htmlFor={`weight-${criterion}`}>
              <span className="visually-hidden">Weight of </span>
              {CRITERION_LABELS[criterion]}
            </label>
            <input
              id={`weight-${criterion}`}
              type="range"
              min={0}
              max={MAX_WEIGHT}
              step={1}
              value={prefs.weights[criterion]}
              aria-describedby={`weight-${criterion}-hint`}
              onChange={(event) => void setWeight(criterion, Number(event.target.value))}
            />
            <output htmlFor={`weight-${criterion}`} className="weight-value">
              {prefs.weights[criterion]}
            </output>
            <span id={`weight-${criterion}-hint`} className="weight-hint">
              {CRITERION_HINTS[criterion]}
            </span>
          </div>
        ))}
        <button type="button" onClick={() => void resetWeights()}>
          Reset weights
        </button>
      </fieldset>

      <div className="fw-ranked">
        <p role="status" className={ranking.allZero ? 'notice notice-warning' : 'ranking-summary'}>
          {ranking.allZero
            ? 'Every weight is 0, so all frameworks score the same. Set at least one weight above 0 to get a ranking.'
            : `Top of your ranking: ${AND.format(leaders.map((e) => e.name))}${leaders.length > 1 ? ' (tied)' : ''} with ${formatScore(leaders[0]?.score ?? 0)} of 5.`}
        </p>
        <ol className="ranked-list" aria-label="Your framework ranking">
          {ranking.entries.map((entry) => {
            const mark = prefs.marks[entry.id]
            return (
              <li key={entry.id} className="ranked-item">
                <div className="ranked-head">
                  <span className="ranked-rank" aria-hidden="true">
                    {entry.tied ? `=${entry.rank}` : entry.rank}
                  </span>
                  <span className="ranked-name">
                    <span className="visually-hidden">
                      Rank {entry.rank}
                      {entry.tied ? ', tied' : ''}:{' '}
                    </span>
                    {entry.name}
                  </span>
                  {entry.tied ? (
                    <span className="badge" aria-hidden="true">
                      tied
                    </span>
                  ) : null}
                  {mark ? <span className="badge badge-mark">{MARK_LABELS[mark]}</span> : null}
                  <span className="ranked-score">{ranking.allZero ? '–' : `${formatScore(entry.score)} / 5`}</span>
                </div>
                <details>
                  <summary>Score breakdown: {entry.name}</summary>
                  <table className="score-table">
                    <thead>
                      <tr>
                        <th scope="col">Criterion</th>
                        <th scope="col">Rating</th>
                        <th scope="col">Weight</th>
                        <th scope="col">Adds</th>
                        <th scope="col">Why this rating</th>
                      </tr>
                    </thead>
                    <tbody>
                      {entry.contributions.map((c) => {
                        const framework = frameworkOf(curriculum, entry.id)
                        return (
                          <tr key={c.criterion}>
                            <th scope="row">{CRITERION_LABELS[c.criterion]}</th>
                            <td>{c.rating}/5</td>
                            <td>{c.weight}</td>
                            <td>{formatScore(c.points)}</td>
                            <td>{framework?.kind === 'framework' ? framework.ratings[c.criterion].reason : ''}</td>
                          </tr>
                        )
                      })}
                    </tbody>
                  </table>
                  <p className="score-formula">
                    Score = sum of rating × weight, divided by the total weight ({ranking.totalWeight}).
                  </p>
                </details>
              </li>
            )
          })}
        </ol>
        <p className="muted">{runtimes.join(', ')} is a runtime, not a framework, so it is not ranked.</p>
      </div>
    </div>
  )
}
