import { useEffect } from 'react'
import { listen } from './call'
import { flushAll } from './flush'
import { useStore } from './store'

/** Listens to main while the app is shown: notices for the learner, and the close request (answered once pending edits are saved). */
export function useMainEvents(): void {
  const addNotice = useStore((s) => s.addNotice)
  const flushed = useStore((s) => s.app.flushed)
  useEffect(() => {
    const stopNotices = listen('notice', addNotice)
    const stopFlush = listen('flushRequest', () => void flushAll().finally(() => void flushed()))
    return () => {
      stopNotices()
      stopFlush()
    }
  }, [addNotice, flushed])
}
