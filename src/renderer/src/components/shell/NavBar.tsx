import { useSyncExternalStore } from 'react'
import { useStore } from '../../state/store'
import { VIEWS, type ViewId } from '../../state/ui-slice'
import { Icon } from '../common/Icon'
import { NavFooter } from './NavFooter'
import { ShellTimer } from './ShellTimer'

export const VIEW_LABELS: Record<ViewId, string> = {
  dashboard: 'Dashboard',
  skills: 'Skills',
  levels: 'Levels',
  plan: 'Plan',
  frameworks: 'Frameworks',
  reports: 'Reports',
  review: 'Review',
  study: 'Study log',
  data: 'Data',
}

/** Below this window width the navigation shows icons only, until the learner chooses. */
const NARROW_WINDOW = '(max-width: 1199px)'

function watchWidth(changed: () => void): () => void {
  const query = globalThis.matchMedia?.(NARROW_WINDOW)
  query?.addEventListener('change', changed)
  return () => query?.removeEventListener('change', changed)
}

/** Whether the navigation shows icons only: the learner's choice, else by the window's width as it changes. */
export function useNavCollapsed(): boolean {
  const chosen = useStore((s) => s.data?.device.workspace.navCollapsed)
  const narrow = useSyncExternalStore(watchWidth, () => globalThis.matchMedia?.(NARROW_WINDOW).matches ?? false)
  return chosen ?? narrow
}

/** The main navigation: one link per view (the current one marked for screen readers), the running timer and the footer; it folds to icons. */
export function NavBar() {
  const view = useStore((s) => s.view)
  const showView = useStore((s) => s.showView)
  const setWorkspace = useStore((s) => s.settings.setWorkspace)
  const collapsed = useNavCollapsed()
  return (
    <nav className={collapsed ? 'nav nav-collapsed' : 'nav'} aria-label="Main">
      <div className="nav-top">
        <div className="brand" aria-hidden="true">
          <span className="brand-mark">▦</span>
          <span className="nav-label"> Groundwork</span>
        </div>
        <button
          type="button"
          className="nav-fold"
          aria-expanded={!collapsed}
          title={collapsed ? 'Show the names' : 'Icons only'}
          onClick={() => void setWorkspace({ navCollapsed: !collapsed })}
        >
          <Icon name={collapsed ? 'expand' : 'collapse'} />
          <span className="visually-hidden">Navigation names</span>
        </button>
      </div>
      <ul>
        {VIEWS.map((id) => (
          <li key={id}>
            <a
              href={`#${id}`}
              aria-current={view === id ? 'page' : undefined}
              title={collapsed ? VIEW_LABELS[id] : undefined}
              onClick={(event) => {
                event.preventDefault()
                showView(id)
              }}
            >
              <Icon name={id} />
              <span className="nav-label">{VIEW_LABELS[id]}</span>
            </a>
          </li>
        ))}
      </ul>
      <ShellTimer />
      <NavFooter />
    </nav>
  )
}
