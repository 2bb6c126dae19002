import { createElement, lazy, useEffect, useState, type ComponentType } from 'react'

/** A lazily loaded view (or pane) whose code can be fetched before it is first shown. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- a view takes no props
export type LazyView<P extends object = {}> = ComponentType<P> & {
  preload: () => Promise<unknown>
  isLoaded: () => boolean
}

/**
 * Same call shape as React.lazy, plus `preload()`. Once its code has arrived the view renders
 * directly instead of suspending: React holds a revealed Suspense boundary back for up to
 * 300 ms to batch reveals, which at start-up would be most of the wait.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- a view takes no props
export function lazyView<P extends object = {}>(load: () => Promise<{ default: ComponentType<P> }>): LazyView<P> {
  let loaded: ComponentType<P> | null = null
  let pending: Promise<{ default: ComponentType<P> }> | null = null
  const preload = (): Promise<{ default: ComponentType<P> }> =>
    (pending ??= load().then(
      (module) => {
        loaded = module.default
        return module
      },
      (error: unknown) => {
        // A failed fetch may be retried by the next render.
        pending = null
        throw error
      },
    ))
  const Lazy = lazy(preload)
  const View = (props: P): ReturnType<typeof createElement> =>
    createElement(loaded ?? (Lazy as ComponentType<P>), props)
  return Object.assign(View, { preload, isLoaded: () => loaded !== null })
}

/**
 * True once `view`'s code has arrived (or failed to, so the error can show). The shell waits
 * for it before showing the first view, which then renders without a Suspense fallback.
 */
export function useViewCode(view: LazyView): boolean {
  const [ready, setReady] = useState(view.isLoaded)
  useEffect(() => {
    if (ready) return
    let live = true
    const done = (): void => void (live && setReady(true))
    view.preload().then(done, done)
    return () => void (live = false)
  }, [view, ready])
  return ready
}
