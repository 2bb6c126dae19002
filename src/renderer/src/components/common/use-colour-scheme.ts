import { useSyncExternalStore } from 'react'

// The scheme the page is drawn in, read from <html> after the theme is applied: the saved
// setting puts data-theme there, and "follow the OS" leaves it to the media query.
const media = (): MediaQueryList => window.matchMedia('(prefers-color-scheme: dark)')

function subscribe(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange)
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] })
  const query = media()
  query.addEventListener('change', onChange)
  return () => {
    observer.disconnect()
    query.removeEventListener('change', onChange)
  }
}

function snapshot(): 'light' | 'dark' {
  const chosen = document.documentElement.dataset.theme
  if (chosen === 'light' || chosen === 'dark') return chosen
  return media().matches ? 'dark' : 'light'
}

/** The colour scheme in use now; re-renders when the learner's theme or the OS setting changes. */
export function useColourScheme(): 'light' | 'dark' {
  return useSyncExternalStore(subscribe, snapshot)
}
