import { CRITERION_LABELS } from '../../../../shared/curriculum/frameworks'
import { frameworkOf } from '../../../../shared/curriculum/access'
import { useCurriculum } from '../../state/curriculum'
import { CRITERIA } from '../../../../shared/frameworks/prefs'
import { Dialog } from '../common/Dialog'
import { MarkSelect } from './MarkSelect'
import { RatingValue } from './RatingValue'

/** The detail panel of one framework, as a modal dialog (Esc or Close shut it, focus returns). */
export function FrameworkDetail({ id, onClose }: { id: string | null; onClose: () => void }) {
  const curriculum = useCurriculum()
  const framework = id ? frameworkOf(curriculum, id) : undefined
  return (
    <Dialog open={framework !== undefined} onClose={onClose} labelledBy="fw-dialog-title" className="fw-dialog">
      {framework ? (
        <div className="fw-dialog-body">
          <header className="fw-dialog-header">
            <h2 id="fw-dialog-title">{framework.name}</h2>
            <button type="button" onClick={onClose}>
              Close
            </button>
          </header>
          {framework.kind === 'runtime' ? (
            <p className="runtime-note">
              <strong>A runtime, not a framework.</strong> {framework.kindNote}
            </p>
          ) : null}
          <dl className="fw-facts">
            <dt>Language</dt>
            <dd>{framework.language}</dd>
            <dt>First release</dt>
            <dd>{framework.firstRelease}</dd>
            <dt>License</dt>
            <dd>{framework.license}</dd>
            <dt>Style</dt>
            <dd>{framework.style}</dd>
            <dt>Strengths</dt>
            <dd>{framework.strengths}</dd>
            <dt>Typical uses</dt>
            <dd>{framework.uses}</dd>
            <dt>Your mark</dt>
            <dd>
              <MarkSelect id={framework.id} name={framework.name} />
            </dd>
          </dl>
          {framework.kind === 'framework' ? (
            <section aria-labelledby="fw-dialog-ratings">
              <h3 id="fw-dialog-ratings">Editorial ratings</h3>
              <p className="editorial-note">Groundwork&apos;s own view, not facts: 5 is best on each criterion.</p>
              <dl className="fw-ratings">
                {CRITERIA.map((criterion) => (
                  <div key={criterion}>
                    <dt>{CRITERION_LABELS[criterion]}</dt>
                    <dd>
                      <RatingValue rating={framework.ratings[criterion]} />
                    </dd>
                  </div>
                ))}
              </dl>
            </section>
          ) : (
            <p className="editorial-note">Runtimes are not rated or ranked: compare the frameworks that run on it instead.</p>
          )}
        </div>
      ) : null}
    </Dialog>
  )
}
