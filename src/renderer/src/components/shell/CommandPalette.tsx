import { Command } from 'cmdk'
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react'
import type { SearchHit } from '../../../../shared/contract/search'
import { useStore } from '../../state/store'
import { COMMANDS } from '../../commands/commands'
import { commandGroups, itemGroups, type PaletteEntry } from '../../commands/palette-entries'
import { Dialog } from '../common/Dialog'
import { takeTypeahead } from './palette-typeahead'
import './palette.css'

/**
 * How long the list waits for the title search before it shows what it has without it. Waiting a
 * moment keeps the list from shifting under the learner (and Enter from choosing something else)
 * when the index answers, which it does well within this on 5,000 notes.
 */
const HITS_WAIT_MS = 150

/** The hits shown for `text`; `answered` is false while they are a stand-in for an index that has not answered yet. */
interface TitleHits {
  text: string
  hits: readonly SearchHit[]
  answered: boolean
}

/** The title hits for the palette's text: held until the index answers (or the wait is over), then updated. */
function useTitleHits(text: string): TitleHits {
  const titles = useStore((s) => s.search.titles)
  const [shown, setShown] = useState<TitleHits>({ text: '', hits: [], answered: true })
  const empty = text.trim() === ''
  useEffect(() => {
    if (empty) return
    let live = true
    const timer = setTimeout(
      () => setShown((prev) => (prev.text === text ? prev : { text, hits: [], answered: false })),
      HITS_WAIT_MS,
    )
    void titles(text).then((outcome) => {
      // A failed search leaves the items it would have found out; commands, goals and frameworks still show.
      if (live) setShown({ text, hits: outcome.ok ? outcome.value : [], answered: true })
    })
    return () => {
      live = false
      clearTimeout(timer)
    }
  }, [empty, text, titles])
  // Nothing typed needs no search: commands only, at once.
  return useMemo(() => (empty ? { text, hits: [], answered: true } : shown), [empty, text, shown])
}

/** Goes to a palette line's item, or runs its command. */
function choose(entry: PaletteEntry): void {
  useStore.getState().setOverlay(null)
  // After the dialog has closed and handed focus back, so the command or the item can take it.
  requestAnimationFrame(() => {
    const store = useStore.getState()
    if ('command' in entry) void entry.command.run(store)
    else store.showItem(entry.target)
  })
}

/** The command palette (Ctrl/Cmd+K): every view and action, and the skills, sub-topics, notes, goals and frameworks named as you type; Enter goes there. */
export function CommandPalette() {
  const open = useStore((s) => s.overlay === 'palette')
  const setOverlay = useStore((s) => s.setOverlay)
  const warmUp = useStore((s) => s.search.warmUp)
  // What was typed between Ctrl/Cmd+K and this first render (the code was still loading).
  const [early] = useState(takeTypeahead)
  const [text, setText] = useState(early.text)
  const found = useTitleHits(text)
  // The list is built from the text the hits were for, so everything on it changes at once.
  const groups = useMemo(() => {
    const store = useStore.getState()
    return [...itemGroups(found.text, found.hits, store.data), ...commandGroups(COMMANDS, store, found.text)]
  }, [found])
  const first = groups[0]?.entries[0]?.key ?? ''
  const [selected, setSelected] = useState(first)
  // Until the learner moves through the list, the best match stays the one Enter chooses.
  const moved = useRef(false)
  useEffect(() => {
    if (!moved.current) setSelected(first)
  }, [first, groups])
  useEffect(() => void warmUp(), [warmUp])
  // cmdk points aria-activedescendant at an option only when it picks one itself (keys, pointer),
  // not when the selection is set from here, so after the list changes it can name an option that
  // is gone. The input and the list are pointed at the selected option after each change instead.
  const root = useRef<HTMLDivElement>(null)
  useLayoutEffect(() => {
    const options = root.current ? [...root.current.querySelectorAll<HTMLElement>('[cmdk-item]')] : []
    const option = options.find((element) => element.dataset.value === selected)
    for (const element of root.current?.querySelectorAll('[cmdk-input], [cmdk-list]') ?? []) {
      if (option) element.setAttribute('aria-activedescendant', option.id)
      else element.removeAttribute('aria-activedescendant')
    }
  }, [selected, groups, open])
  // Enter while the list is still for the text before (or the index has not answered yet, as on a
  // first search after start-up): chosen once the list has caught up.
  const stale = found.text !== text
  const waiting = stale || !found.answered
  const enterWaits = useRef(early.enter)
  useEffect(() => {
    if (waiting || !enterWaits.current) return
    enterWaits.current = false
    const key = moved.current ? selected : first
    const entry = groups.flatMap((group) => group.entries).find((e) => e.key === key)
    if (entry) choose(entry)
  }, [waiting, groups, first, selected])

  return (
    <Dialog open={open} onClose={() => setOverlay(null)} labelledBy="palette-title" className="palette">
      <h2 id="palette-title" className="visually-hidden">
        Command palette
      </h2>
      <Command
        ref={root}
        label="Search commands"
        loop
        shouldFilter={false}
        value={selected}
        onValueChange={setSelected}
        onKeyDown={(event) => {
          if (['ArrowDown', 'ArrowUp', 'Home', 'End', 'PageDown', 'PageUp'].includes(event.key)) moved.current = true
          if (event.key === 'Enter' && waiting) {
            event.preventDefault()
            enterWaits.current = true
          }
        }}
      >
        <Command.Input
          data-autofocus
          value={text}
          onValueChange={(value) => {
            moved.current = false
            setText(value)
          }}
          placeholder="Type a command, a skill, a note, a goal or a framework…"
        />
        <Command.List aria-busy={stale}>
          {groups.length === 0 ? <Command.Empty>Nothing matches “{found.text.trim()}”.</Command.Empty> : null}
          {groups.map((group) => (
            <Command.Group key={group.heading} heading={group.heading}>
              {group.entries.map((entry) => (
                <Command.Item key={entry.key} value={entry.key} onSelect={() => choose(entry)}>
                  <span className="palette-title">{entry.title}</span>
                  {entry.detail ? <span className="palette-detail">{entry.detail}</span> : null}
                  {entry.shortcut ? <kbd>{entry.shortcut}</kbd> : null}
                </Command.Item>
              ))}
            </Command.Group>
          ))}
        </Command.List>
      </Command>
    </Dialog>
  )
}
