import { Suspense, useEffect, useLayoutEffect, useRef } from 'react'
import { useStore } from './state/store'
import type { ViewId } from './state/ui-slice'
import { NavBar } from './components/shell/NavBar'
import { NoticeBanner } from './components/shell/NoticeBanner'
import { useMainEvents } from './state/main-events'
import { useFocusIntent } from './state/intent'
import { KeyboardLayer } from './components/shell/KeyboardLayer'
import { ViewErrorBoundary } from './components/shell/ViewErrorBoundary'
import { UndoBar } from './components/shell/UndoBar'
// lazyView has React.lazy's call shape, plus preload() so the first view needs no Suspense wait.
import { lazyView as lazy, useViewCode, type LazyView } from './lazy-view'

/** Each view is its own chunk so start-up only loads what is shown. */
const VIEW_COMPONENTS: Record<ViewId, LazyView> = {
  dashboard: lazy(() => import('./views/DashboardView')),
  skills: lazy(() => import('./views/SkillsView')),
  levels: lazy(() => import('./views/LevelsView')),
  plan: lazy(() => import('./views/PlanView')),
  frameworks: lazy(() => import('./views/FrameworksView')),
  reports: lazy(() => import('./views/ReportsView')),
  review: lazy(() => import('./views/ReviewView')),
  study: lazy(() => import('./views/StudyLogView')),
  data: lazy(() => import('./views/DataView')),
}

// The first view's code is fetched while the data loads, not after.
const FIRST_VIEW = VIEW_COMPONENTS[useStore.getState().view]

/** Resolves once the first view's code is in (or failed to load, which the view then shows). */
export const firstViewCode: Promise<unknown> = FIRST_VIEW.preload().catch(() => undefined)

/** Remembers the view shown (a device-only setting), so the app reopens on it. */
function useRememberView(view: ViewId): void {
  const loaded = useStore((s) => s.data !== null)
  const saved = useStore((s) => s.data?.device.workspace.view ?? 'dashboard')
  const setWorkspace = useStore((s) => s.settings.setWorkspace)
  // Asked once per view change: a refused save (shown in the banner) is not retried in a loop.
  const asked = useRef<ViewId | null>(null)
  useEffect(() => {
    if (!loaded || view === saved || asked.current === view) return
    asked.current = view
    void setWorkspace({ view })
  }, [loaded, view, saved, setWorkspace])
}

/** The app shell: navigation, notices and the current view. */
export function App() {
  const view = useStore((s) => s.view)
  const firstViewCode = useViewCode(FIRST_VIEW)
  const loaded = useStore((s) => s.data !== null) && firstViewCode
  const loadError = useStore((s) => s.loadError)
  const getState = useStore((s) => s.app.getState)

  useEffect(() => {
    if (!useStore.getState().data) void getState()
  }, [getState])
  useRememberView(view)
  useMainEvents()
  // A new view starts at its top, not at the scroll position of the previous one.
  const main = useRef<HTMLElement>(null)
  useFocusIntent('main', main)
  // A layout effect, so it runs before the view's own effects: one that brings an item into view
  // (showItem) scrolls after this, not before.
  useLayoutEffect(() => {
    // Block body: Chromium's scrollTo may return a promise, which React would take for a cleanup.
    main.current?.scrollTo?.(0, 0)
  }, [view])

  const View = VIEW_COMPONENTS[view]
  const focusMode = useStore((s) => s.focusMode)
  return (
    <div className={focusMode ? 'app focus-mode' : 'app'}>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <NavBar />
      <main id="main" className="main" tabIndex={-1} ref={main}>
        <NoticeBanner />
        {loadError ? (
          <div role="alert" className="notice notice-error">
            <h2>Groundwork could not load your data</h2>
            <p>{loadError}</p>
            <button type="button" onClick={() => void getState()}>
              Try again
            </button>
          </div>
        ) : loaded ? (
          <ViewErrorBoundary key={view} view={view}>
            <Suspense fallback={<p className="loading">Loading…</p>}>
              <View />
            </Suspense>
          </ViewErrorBoundary>
        ) : (
          <p className="loading">Loading your progress…</p>
        )}
      </main>
      <UndoBar />
      <KeyboardLayer />
    </div>
  )
}
