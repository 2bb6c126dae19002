import { useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type RefObject, type SyntheticEvent } from 'react'
import { useCurriculum } from '../../../state/curriculum'
import { completeLink, openLinkAt, type OpenLink } from '../../../../../shared/links/link-query'
import { linkKey } from '../../../../../shared/links/link-names'
import { useLinkTargets } from './use-link-targets'

/** One suggestion after `[[`: a skill or a note, by the name the link will use. */
export interface LinkSuggestion {
  key: string
  name: string
  kind: 'Skill' | 'Note'
}

const MAX_SUGGESTIONS = 8
const LISTBOX_ID = 'note-link-suggestions'

/** Skills and notes whose name contains `query`, names starting with it first. */
function suggestionsFor(query: string, skills: ReadonlyArray<{ id: string; title: string }>, notes: ReadonlyArray<{ id: string; title: string }>): LinkSuggestion[] {
  const key = linkKey(query)
  const all: LinkSuggestion[] = [
    ...skills.map((skill) => ({ key: `skill:${skill.id}`, name: skill.title, kind: 'Skill' as const })),
    ...notes.filter((note) => note.title.trim() !== '').map((note) => ({ key: `note:${note.id}`, name: note.title.trim(), kind: 'Note' as const })),
  ]
  const matching = all.filter((item) => linkKey(item.name).includes(key))
  const starts = (item: LinkSuggestion): number => (linkKey(item.name).startsWith(key) ? 0 : 1)
  return matching.sort((a, b) => starts(a) - starts(b) || a.name.localeCompare(b.name)).slice(0, MAX_SUGGESTIONS)
}

/** How far below the textarea's top the line after the caret's line starts, in px (wrapped lines not counted), kept inside the textarea. */
function belowCaretLine(element: HTMLTextAreaElement, caret: number): number {
  const style = getComputedStyle(element)
  const lineHeight = Number.parseFloat(style.lineHeight) || 22
  const line = element.value.slice(0, caret).split('\n').length
  const y = Number.parseFloat(style.paddingTop) + line * lineHeight - element.scrollTop
  return element.offsetTop + Math.max(lineHeight, Math.min(y, element.clientHeight - lineHeight))
}

/**
 * Autocomplete for `[[` links in the note body: after `[[`, suggests skills and note titles in a
 * listbox the textarea controls (aria-activedescendant), moved through with the arrow keys,
 * picked with Enter or Tab (or a click), closed with Escape.
 */
export function useLinkAutocomplete(field: RefObject<HTMLTextAreaElement | null>, onChange: (body: string) => void) {
  const [open, setOpen] = useState<OpenLink | null>(null)
  const [active, setActive] = useState(0)
  const [dismissed, setDismissed] = useState<number | null>(null)
  const [top, setTop] = useState(0)
  const caretAfter = useRef<number | null>(null)
  const { notes } = useLinkTargets()
  const { skills } = useCurriculum()
  const suggestions = useMemo(() => (open && notes ? suggestionsFor(open.query, skills, notes) : []), [open, skills, notes])
  const shown = open !== null && dismissed !== open.start && suggestions.length > 0

  // After a pick, the caret goes right after the link once React has put the new text in.
  useLayoutEffect(() => {
    const at = caretAfter.current
    if (at === null || !field.current) return
    caretAfter.current = null
    field.current.setSelectionRange(at, at)
  })

  const track = (event: SyntheticEvent<HTMLTextAreaElement>): void => {
    const { value, selectionStart, selectionEnd } = event.currentTarget
    const next = selectionStart === selectionEnd ? openLinkAt(value, selectionStart) : null
    if (next?.start !== open?.start || next?.query !== open?.query) setActive(0)
    setOpen(next)
    if (next) setTop(belowCaretLine(event.currentTarget, selectionStart))
  }

  const pick = (suggestion: LinkSuggestion): void => {
    const element = field.current
    if (!open || !element) return
    const done = completeLink(element.value, open, element.selectionStart, suggestion.name)
    caretAfter.current = done.caret
    setOpen(null)
    onChange(done.text)
  }

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>): void => {
    if (!shown) return
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault()
      const step = event.key === 'ArrowDown' ? 1 : -1
      setActive((i) => (i + step + suggestions.length) % suggestions.length)
    } else if (event.key === 'Enter' || event.key === 'Tab') {
      const chosen = suggestions[Math.min(active, suggestions.length - 1)]
      if (!chosen) return
      event.preventDefault()
      pick(chosen)
    } else if (event.key === 'Escape') {
      // Escape closes the list only: the editor (or a dialog around it) does not see it.
      event.preventDefault()
      event.stopPropagation()
      setDismissed(open.start)
    }
  }

  const activeId = shown ? `${LISTBOX_ID}-${Math.min(active, suggestions.length - 1)}` : undefined
  return {
    textareaProps: { 'aria-autocomplete': 'list' as const, 'aria-controls': shown ? LISTBOX_ID : undefined, 'aria-activedescendant': activeId, onKeyDown, onSelect: track },
    listProps: { id: LISTBOX_ID, shown, top, suggestions, active: Math.min(active, Math.max(0, suggestions.length - 1)), pick },
  }
}
