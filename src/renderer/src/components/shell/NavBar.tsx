import { useStore } from '../../state/store'
import { VIEWS, type ViewId } from '../../state/ui-slice'
import { NavFooter } from './NavFooter'
import { ShellTimer } from './ShellTimer'

export const VIEW_LABELS: Record<ViewId, string> = {
  dashboard: 'Dashboard',
  skills: 'Skills',
  levels: 'Levels',
  frameworks: 'Frameworks',
  reports: 'Reports',
  review: 'Review',
  study: 'Study log',
  data: 'Data',
}

/** The main navigation: one link per view (the current one marked for screen readers), the running timer and the footer. */
export function NavBar() {
  const view = useStore((s) => s.view)
  const showView = useStore((s) => s.showView)
  return (
    <nav className="nav" aria-label="Main">
      <div className="brand" aria-hidden="true">
        <span className="brand-mark">▦</span> Groundwork
      </div>
      <ul>
        {VIEWS.map((id) => (
          <li key={id}>
            <a
              href={`#${id}`}
              aria-current={view === id ? 'page' : undefined}
              onClick={(event) => {
                event.preventDefault()
                showView(id)
              }}
            >
              {VIEW_LABELS[id]}
            </a>
          </li>
        ))}
      </ul>
      <ShellTimer />
      <NavFooter />
    </nav>
  )
}
