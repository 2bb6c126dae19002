import { createElement, lazy, useEffect, useState, type ComponentType } from 'react'

/** A lazily loaded view whose code can be fetched before it is first shown. */
export type LazyView = ComponentType & { preload: () => Promise<unknown>; isLoaded: () => boolean }

/**
 * Same call shape as React.lazy, plus `preload()`. Once its code has arrived the view renders
 * directly instead of suspending: React holds a revealed Suspense boundary back for up to
 * 300 ms to batch reveals, which at start-up would be most of the wait.
 */
export function lazyView(load: () => Promise<{ default: ComponentType }>): LazyView {
  let loaded: ComponentType | null = null
  let pending: Promise<{ default: ComponentType }> | null = null
  const preload = (): Promise<{ default: ComponentType }> =>
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
  const View = (): ReturnType<typeof createElement> => createElement(loaded ?? Lazy)
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
