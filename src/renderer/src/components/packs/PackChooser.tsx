import { useStore } from '../../state/store'
import { FormFeedback } from '../common/FormFeedback'
import { ShippedPacks, useShippedPacks } from './ShippedPacks'
import { usePackImport } from './use-pack-import'
import './packs.css'

/** First start: "What are you learning?" The built-in backend curriculum is always there; each shipped pack can be added beside it. */
export function PackChooser() {
  const { packs, error } = useShippedPacks()
  const flow = usePackImport()
  const setWelcomeDone = useStore((s) => s.settings.setWelcomeDone)
  const added = useStore((s) => s.data?.curriculum.packs.length ?? 0)
  return (
    <section className="dash-card pack-chooser" aria-labelledby="pack-chooser-heading">
      <h2 id="pack-chooser-heading">What are you learning?</h2>
      <p>
        Groundwork starts you on backend development. If your path takes in more, add a pack beside it: its skills join
        your checklist, and you can change them like any other. Packs can also be added later, from Edit curriculum.
      </p>
      <ul className="shipped-packs" aria-label="Included">
        <li className="shipped-pack">
          <div className="shipped-pack-text">
            <span className="shipped-pack-title">Backend development</span>
            <span className="muted">
              Languages, databases, APIs, security, servers and more: the built-in curriculum.
            </span>
          </div>
          <span className="pill">Always included</span>
        </li>
      </ul>
      {packs && packs.length > 0 ? (
        <ShippedPacks
          packs={packs}
          busy={flow.busy}
          onAdd={(id) => void flow.addShipped(id)}
          labelledBy="pack-chooser-heading"
          again={false}
        />
      ) : null}
      <FormFeedback
        error={error ?? (flow.message?.kind === 'error' ? flow.message.text : null)}
        status={flow.message?.kind === 'done' ? flow.message.text : ''}
      />
      <div className="button-row">
        <button type="button" className="primary" disabled={flow.busy} onClick={() => void setWelcomeDone()}>
          {added > 0 ? 'Start learning' : 'Start with backend development'}
        </button>
      </div>
    </section>
  )
}
