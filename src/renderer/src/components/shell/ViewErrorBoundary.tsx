import { Component, lazy, Suspense, type ErrorInfo, type ReactNode } from 'react'
import { useStore } from '../../state/store'
import { VIEW_LABELS } from './NavBar'
import type { ViewId } from '../../state/ui-slice'

// Opened from here when the Skills view itself is what broke: the learner's way to mend the curriculum.
const CurriculumEditor = lazy(() =>
  import('../curriculum/CurriculumEditor').then((m) => ({ default: m.CurriculumEditor })),
)

interface Props {
  /** The view inside, named in the log and left for another one. */
  view: ViewId
  children: ReactNode
}
interface State {
  error: Error | null
  editing: boolean
}

/**
 * Keeps a failing view (a render error, or its code that could not be loaded) from blanking
 * the whole window: the navigation stays, the learner sees what happened, and can retry, go to
 * another view or open the curriculum editor. The error goes to main's log. The shell keys it by
 * view, so switching views starts afresh.
 */
export class ViewErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, editing: false }

  static getDerivedStateFromError(error: Error): Partial<State> {
    return { error }
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    const stack = [error.stack, info.componentStack].filter(Boolean).join('\n')
    void useStore.getState().app.reportError(this.props.view, Object.assign(new Error(error.message), { stack }))
  }

  override render(): ReactNode {
    const { error, editing } = this.state
    if (!error) return this.props.children
    const other: ViewId = this.props.view === 'dashboard' ? 'skills' : 'dashboard'
    return (
      <div role="alert" className="notice notice-error">
        <h2>This view could not be shown</h2>
        <p>{error.message}</p>
        <p>Your data is safe: nothing was changed. The details are in the log (File → Show Data Folder, then logs).</p>
        <div className="notice-actions">
          <button type="button" onClick={() => this.setState({ error: null })}>
            Try again
          </button>
          <button type="button" onClick={() => useStore.getState().showView(other)}>
            Go to {VIEW_LABELS[other]}
          </button>
          <button type="button" onClick={() => this.setState({ editing: true })}>
            Edit curriculum
          </button>
        </div>
        {editing ? (
          <Suspense fallback={null}>
            <CurriculumEditor open onClose={() => this.setState({ editing: false, error: null })} />
          </Suspense>
        ) : null}
      </div>
    )
  }
}
