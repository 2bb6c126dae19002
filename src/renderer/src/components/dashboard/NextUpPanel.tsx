import type { NextStep } from '../../../../shared/levels/readiness'
import { useStore } from '../../state/store'

/** Readiness points a step adds, for display. */
function points(gain: number): string {
  const value = Math.round(gain * 100)
  return value >= 1 ? `+${value} ${value === 1 ? 'point' : 'points'}` : 'under 1 point'
}

/** The few steps that would raise readiness most, each with a way to go and do it. */
export function NextUpPanel({ steps, levelTitle }: { steps: NextStep[]; levelTitle: string }) {
  const showItem = useStore((s) => s.showItem)
  // A goal lands on its row in Levels, a skill on that skill in Skills.
  const open = (step: NextStep): void => void showItem({ kind: step.kind, id: step.id })
  return (
    <section className="dash-card dash-next" aria-labelledby="dash-next-heading">
      <h2 id="dash-next-heading">Next up</h2>
      {steps.length === 0 ? (
        <p>Every goal of {levelTitle} is ticked. Time to choose the next level on the Levels page.</p>
      ) : (
        <>
          <p className="dash-note">What would raise your {levelTitle} readiness most right now:</p>
          <ol className="next-list">
            {steps.map((step) => (
              <li key={`${step.kind}-${step.id}`} className="next-item">
                <div className="next-text">
                  <span className="next-kind">{step.kind === 'goal' ? 'Reach this goal' : 'Finish this skill'}</span>
                  <span className="next-title">{step.title}</span>
                </div>
                <div className="next-side">
                  <span className="next-gain">{points(step.gain)}</span>
                  <button
                    type="button"
                    onClick={() => open(step)}
                    aria-label={`${step.kind === 'goal' ? 'Go to goal' : 'Go to skills'}: ${step.title}`}
                  >
                    {step.kind === 'goal' ? 'Go to goal' : 'Go to skills'}
                  </button>
                </div>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  )
}
