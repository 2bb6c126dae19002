import { useStore } from '../../state/store'

/** Where to begin on a first start. */
export function Welcome() {
  const showView = useStore((s) => s.showView)
  return (
    <section className="dash-card dash-welcome" aria-labelledby="dash-welcome-heading">
      <h2 id="dash-welcome-heading">Welcome! Here is where to begin</h2>
      <p>Nothing is tracked yet. Three steps get you going:</p>
      <ol className="welcome-steps">
        <li>
          <span>Go through the skills and mark where you stand with each one.</span>
          <button type="button" className="primary" onClick={() => showView('skills')}>
            Open Skills
          </button>
        </li>
        <li>
          <span>Pick the level you are aiming for, give it a target date and tick the goals you already meet.</span>
          <button type="button" onClick={() => showView('levels')}>
            Open Levels
          </button>
        </li>
        <li>
          <span>Come back here to see your progress and what to do next.</span>
        </li>
      </ol>
    </section>
  )
}
