import { useState } from 'react'
import type { FrameworkRow } from '../../../../shared/model'
import { CRITERION_LABELS } from '../../../../shared/curriculum/frameworks'
import { frameworkOf } from '../../../../shared/curriculum/access'
import { useCurriculum } from '../../state/curriculum'
import { CRITERIA } from '../../../../shared/frameworks/prefs'
import { Dialog } from '../common/Dialog'
import { useStore } from '../../state/store'
import { MarkSelect } from './MarkSelect'
import { RatingValue } from './RatingValue'
import { EditFrameworkForm } from './EditFrameworkForm'

/** Removes a row to the trash (the edit offers to take that back). */
function useRemoveFramework(): (id: string) => Promise<boolean> {
  const edit = useStore((s) => s.curriculum.edit)
  return async (id) => (await edit({ op: 'removeFramework', frameworkId: id })).ok
}

/** The detail panel of one framework, as a modal dialog (Esc or Close shut it, focus returns); its facts and ratings can be changed, the row removed. */
export function FrameworkDetail({ id, onClose }: { id: string | null; onClose: () => void }) {
  const curriculum = useCurriculum()
  const framework = id ? frameworkOf(curriculum, id) : undefined
  const [editing, setEditing] = useState(false)
  const remove = useRemoveFramework()
  const close = (): void => {
    setEditing(false)
    onClose()
  }
  return (
    <Dialog open={framework !== undefined} onClose={close} labelledBy="fw-dialog-title" className="fw-dialog">
      {framework ? (
        <div className="fw-dialog-body">
          <header className="fw-dialog-header">
            <h2 id="fw-dialog-title">{framework.name}</h2>
            <div className="fw-dialog-actions">
              {editing ? null : (
                <>
                  <button type="button" onClick={() => setEditing(true)}>
                    Change<span className="visually-hidden"> {framework.name}</span>
                  </button>
                  <button
                    type="button"
                    className="danger"
                    onClick={() => void remove(framework.id).then((removed) => removed && close())}
                  >
                    Remove<span className="visually-hidden"> {framework.name} from the table</span>
                  </button>
                </>
              )}
              <button type="button" onClick={close}>
                Close
              </button>
            </div>
          </header>
          {editing ? (
            <EditFrameworkForm row={framework} onDone={() => setEditing(false)} />
          ) : (
            <FrameworkFacts framework={framework} />
          )}
        </div>
      ) : null}
    </Dialog>
  )
}

/** What the dialog shows of a row when it is not being changed. */
function FrameworkFacts({ framework }: { framework: FrameworkRow }) {
  return (
    <>
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
        <p className="editorial-note">
          Runtimes are not rated or ranked: compare the frameworks that run on it instead.
        </p>
      )}
    </>
  )
}
