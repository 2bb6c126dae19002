import { memo, useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react'
import { observeElementRect, useVirtualizer, type Virtualizer } from '@tanstack/react-virtual'
import type { Skill } from '../../../../shared/curriculum/skills'
import type { NoteMeta } from '../../../../shared/contract'
import { filterNotes, sortNotes, type NoteOrder } from '../../../../shared/notes/list'
import { noteDisplayTitle } from '../../../../shared/notes/title'
import { formatInstantDay } from '../../../../shared/calendar/format'
import { systemTimeZone } from '../../../../shared/calendar/days'
import { useStore } from '../../state/store'
import { formatCount } from '../../format'

/** Height of one row in px (title and date on one line); the stylesheet's .note-row matches it. */
const ROW_HEIGHT = 36

/** Where nothing is laid out yet (or ever, as in tests), the list counts on room for this many rows. */
const ROWS_BEFORE_LAYOUT = 12

/** The scroll box's size as the browser lays it out; before that, room for the first rows, so they show at once. */
function observeRect(
  instance: Virtualizer<HTMLDivElement, Element>,
  report: (rect: { width: number; height: number }) => void,
): void | (() => void) {
  return observeElementRect(instance, (rect) =>
    report(rect.height > 0 ? rect : { width: rect.width, height: ROWS_BEFORE_LAYOUT * ROW_HEIGHT }),
  )
}

const ORDER_LABELS: Record<NoteOrder, string> = { edited: 'Last edited', created: 'Newest first', title: 'Title A–Z' }

interface RowProps {
  note: NoteMeta
  index: number
  count: number
  start: number
  isCurrent: boolean
  takeFocus: boolean
  onChoose: (id: string) => void
  onFocused: () => void
}

/** One row of the list; memoised, so a save re-renders only the row it changed, not hundreds. */
const NoteRow = memo(function NoteRow({
  note,
  index,
  count,
  start,
  isCurrent,
  takeFocus,
  onChoose,
  onFocused,
}: RowProps) {
  const button = useRef<HTMLButtonElement>(null)
  useEffect(() => {
    if (!takeFocus) return
    button.current?.focus({ preventScroll: true })
    onFocused()
  }, [takeFocus, onFocused])
  return (
    <li
      className="note-row"
      aria-setsize={count}
      aria-posinset={index + 1}
      style={{ transform: `translateY(${start}px)` }}
    >
      <button
        ref={button}
        type="button"
        data-note-id={note.id}
        aria-current={isCurrent ? 'true' : undefined}
        onClick={() => onChoose(note.id)}
      >
        <span className="note-list-title">{noteDisplayTitle(note)}</span>
        <span className="note-list-date">{formatInstantDay(note.updatedAt, systemTimeZone())}</span>
      </button>
    </li>
  )
})

/**
 * A skill's notes as a list that scales: filtered by title, sorted (remembered), and only the rows
 * in sight are in the page. The chosen note is scrolled into view whoever chose it; chosen here
 * here (click, arrow keys), its row also takes focus; chosen from outside (showItem), the editor's title does.
 */
export function NoteList({
  skill,
  notes,
  currentId,
  onChoose,
}: {
  skill: Skill
  notes: NoteMeta[]
  currentId: string | null
  onChoose: (id: string) => void
}) {
  const order = useStore((s) => s.data?.device.workspace.noteSort ?? 'created')
  const setWorkspace = useStore((s) => s.settings.setWorkspace)
  const [query, setQuery] = useState('')
  const sorted = useMemo(() => sortNotes(notes, order, noteDisplayTitle), [notes, order])
  const shown = useMemo(() => filterNotes(sorted, query, noteDisplayTitle), [sorted, query])
  const index = currentId === null ? -1 : shown.findIndex((note) => note.id === currentId)

  const scroller = useRef<HTMLDivElement>(null)
  // eslint-disable-next-line react-hooks/incompatible-library -- the app is not built with the React Compiler; the virtualizer renders this component again itself on scroll
  const virtualizer = useVirtualizer({
    count: shown.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
    observeElementRect: observeRect,
  })
  const [focusId, setFocusId] = useState<string | null>(null)
  // The chosen note comes into view when it changes, moves (a new order or filter) or is chosen from outside.
  useEffect(() => {
    if (index >= 0) virtualizer.scrollToIndex(index, { align: 'auto' })
  }, [index, currentId, virtualizer])

  const choose = (id: string, focus: boolean): void => {
    onChoose(id)
    if (focus) setFocusId(id)
  }
  const onKeyDown = (event: KeyboardEvent): void => {
    const step = { ArrowDown: 1, ArrowUp: -1, PageDown: 10, PageUp: -10 }[event.key]
    const target =
      event.key === 'Home'
        ? 0
        : event.key === 'End'
          ? shown.length - 1
          : step === undefined
            ? null
            : Math.min(shown.length - 1, Math.max(0, (index < 0 ? -1 : index) + step))
    if (target === null || !shown[target]) return
    event.preventDefault()
    choose(shown[target].id, true)
  }
  const onFocused = useCallback(() => setFocusId(null), [])
  // Clicked: the button has the focus already.
  const onClick = useCallback((id: string) => onChoose(id), [onChoose])

  return (
    <div className="note-list-pane">
      <div className="note-list-tools" role="group" aria-label="Find a note">
        <label className="note-filter">
          <span className="visually-hidden">Filter notes by title</span>
          <input
            type="search"
            value={query}
            placeholder="Filter by title"
            onChange={(event) => setQuery(event.target.value)}
          />
        </label>
        <label className="note-sort">
          <span className="visually-hidden">Sort notes</span>
          <select value={order} onChange={(event) => void setWorkspace({ noteSort: event.target.value as NoteOrder })}>
            {(Object.keys(ORDER_LABELS) as NoteOrder[]).map((value) => (
              <option key={value} value={value}>
                {ORDER_LABELS[value]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p className="note-list-count" role="status">
        {query.trim() === ''
          ? `${formatCount(notes.length)} notes`
          : shown.length === 0
            ? 'No title matches'
            : `${formatCount(shown.length)} of ${formatCount(notes.length)} notes`}
      </p>
      <div className="note-list-scroll" ref={scroller}>
        <ul
          className="note-list"
          aria-label={`Notes on ${skill.title}`}
          style={{ height: virtualizer.getTotalSize() }}
          onKeyDown={onKeyDown}
        >
          {virtualizer.getVirtualItems().map((item) => {
            const note = shown[item.index]!
            return (
              <NoteRow
                key={note.id}
                note={note}
                index={item.index}
                count={shown.length}
                start={item.start}
                isCurrent={note.id === currentId}
                takeFocus={note.id === focusId}
                onChoose={onClick}
                onFocused={onFocused}
              />
            )
          })}
        </ul>
      </div>
    </div>
  )
}
