import { useEffect } from 'react'
import { listen } from './call'
import { flushAll } from './flush'
import { useStore } from './store'

/** Listens to main while the app is shown: notices for the learner, changed cards inside notes, and the close request (answered once pending edits are saved). */
export function useMainEvents(): void {
  const addNotice = useStore((s) => s.addNotice)
  const flushed = useStore((s) => s.app.flushed)
  const noteCardsChanged = useStore((s) => s.review.noteCardsChanged)
  useEffect(() => listen('noteCards', ({ noteCards }) => noteCardsChanged(noteCards)), [noteCardsChanged])
  useEffect(() => {
    const stopNotices = listen('notice', addNotice)
    const stopFlush = listen('flushRequest', () => void flushAll().finally(() => void flushed()))
    return () => {
      stopNotices()
      stopFlush()
    }
  }, [addNotice, flushed])
}
