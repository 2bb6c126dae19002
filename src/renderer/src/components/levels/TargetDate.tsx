import { useCallback, useEffect, useId, useRef, useState } from 'react'
import type { LevelId } from '../../../../shared/curriculum/levels'
import { targetDateStatus } from '../../../../shared/levels/days-left'
import { useToday } from '../../use-clock'
import { registerFlusher } from '../../state/flush'
import { useStore } from '../../state/store'
import { useFocusIntent } from '../../state/intent'
import { failureOf } from '../../state/call'

/**
 * The target date of a level. A date field reports every half-typed value, so the date is
 * saved when the learner leaves the field or presses Enter, and before the window closes.
 */
export function TargetDate({
  level,
  levelTitle,
  shown,
  onError,
}: {
  level: LevelId
  levelTitle: string
  shown: boolean
  onError: (message: string | null) => void
}) {
  const id = useId()
  const saved = useStore((s) => s.data?.levels[level].targetDate ?? null)
  const setTargetDate = useStore((s) => s.levels.setTargetDate)
  const offerUndo = useStore((s) => s.offerUndo)
  // null shows the saved date; a string is what the learner is typing and has not saved yet.
  const [draft, setDraft] = useState<string | null>(null)
  const pending = useRef<string | null>(null)
  const input = useRef<HTMLInputElement>(null)
  useFocusIntent(`target-date-${level}`, input, shown)
  const latest = useRef({ saved, level, setTargetDate, onError })
  useEffect(() => {
    latest.current = { saved, level, setTargetDate, onError }
  })

  const commit = useCallback(async (): Promise<void> => {
    const value = pending.current
    pending.current = null
    if (value === null) return
    const { saved: current, level: id, setTargetDate: save, onError: report } = latest.current
    if (value !== (current ?? '')) report(failureOf(await save(id, value === '' ? null : value)))
    setDraft(null)
  }, [])
  useEffect(() => {
    const unregister = registerFlusher(commit)
    return () => {
      unregister()
      void commit()
    }
  }, [commit])

  const { today } = useToday()
  const status = targetDateStatus(saved, today)
  return (
    <div className="target-date">
      <label htmlFor={`${id}-date`}>Target date for {levelTitle}</label>
      <div className="target-date-row">
        <input
          ref={input}
          id={`${id}-date`}
          type="date"
          value={draft ?? saved ?? ''}
          aria-describedby={`${id}-left`}
          onChange={(event) => {
            setDraft(event.target.value)
            pending.current = event.target.value
          }}
          onBlur={() => void commit()}
          onKeyDown={(event) => {
            if (event.key === 'Enter') void commit()
          }}
        />
        {saved ? (
          <button
            type="button"
            onClick={() => {
              const before = saved
              pending.current = ''
              void commit().then(() => {
                if (before && !useStore.getState().data?.levels[level].targetDate)
                  offerUndo(`Cleared the target date for ${levelTitle}.`, () => setTargetDate(level, before))
              })
            }}
            aria-label={`Clear date for ${levelTitle}`}
          >
            Clear date
          </button>
        ) : null}
        <span id={`${id}-left`} className={`days-left${status && status.days < 0 ? ' overdue' : ''}`}>
          {status ? status.text : 'No date set'}
        </span>
      </div>
    </div>
  )
}
