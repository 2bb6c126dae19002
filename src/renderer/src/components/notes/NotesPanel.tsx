import { memo, useEffect, useMemo, useState } from 'react'
import type { Skill } from '../../../../shared/curriculum/skills'
import type { NoteMeta } from '../../../../shared/contract'
import { noteDisplayTitle } from '../../../../shared/notes/title'
import { useStore } from '../../state/store'
import { useIntent } from '../../state/intent'
import { NoteEditor } from './NoteEditor'
import { NoteDraft } from '../../state/note-draft'
import { AddCardForm } from '../review/AddCardForm'
import { formatInstantDay } from '../../../../shared/calendar/format'
import { systemTimeZone } from '../../../../shared/calendar/days'

interface CardToggle {
  cardOpen: boolean
  setCardOpen: (open: boolean) => void
}

/** One entry of the note list; memoised, so a save re-renders only the note it changed, not hundreds. */
const NoteListItem = memo(function NoteListItem({ note, skillId, isCurrent, onSelect }: { note: NoteMeta; skillId: string; isCurrent: boolean; onSelect: (skillId: string, noteId: string) => void }) {
  return (
    <li>
      <button type="button" aria-current={isCurrent ? 'true' : undefined} onClick={() => onSelect(skillId, note.id)}>
        <span className="note-list-title">{noteDisplayTitle(note)}</span>
        <span className="note-list-date">{formatInstantDay(note.updatedAt, systemTimeZone())}</span>
      </button>
    </li>
  )
})

/** The loaded notes of a skill: the list to pick from, the editor, and the card-from-note form. */
function NotesBody({ skill, notes, cardOpen, setCardOpen }: { skill: Skill; notes: NoteMeta[] } & CardToggle) {
  const selectedNoteId = useStore((s) => s.selectedNoteId)
  const selectSkill = useStore((s) => s.selectSkill)
  const current = notes.find((note) => note.id === selectedNoteId) ?? notes[0] ?? null
  const currentId = current?.id ?? null
  // A new note's draft keeps its serial once saved, so its editor stays mounted (and focused).
  const draft = useMemo(() => NoteDraft.open(skill.id, currentId), [skill.id, currentId])
  return (
    <>
      {notes.length > 1 ? (
        <ul className="note-list" aria-label={`Notes on ${skill.title}`}>
          {notes.map((note) => (
            <NoteListItem key={note.id} note={note} skillId={skill.id} isCurrent={note.id === current?.id} onSelect={selectSkill} />
          ))}
        </ul>
      ) : null}
      <NoteEditor key={draft.serial} draft={draft} />
      {current ? (
        <details className="card-from-note" open={cardOpen} onToggle={(event) => setCardOpen(event.currentTarget.open)}>
          <summary id="card-from-note">Write a review card from this note</summary>
          {/* Mounted on open, so the question starts from the note's title as it is then. */}
          {cardOpen ? (
            <AddCardForm
              key={current.id}
              skillId={skill.id}
              noteId={current.id}
              idPrefix="note-card"
              initialFront={current.title}
              heading={`New card from “${noteDisplayTitle(current)}”`}
              headingLevel={4}
              focusIntent="note-card-front"
            />
          ) : null}
        </details>
      ) : null}
    </>
  )
}

/**
 * The learner's notes on a skill. Their list is fetched from main when the panel shows the skill
 * (then kept in the store); until it is there the panel says so, and a failed fetch can be retried.
 */
export function NotesPanel({ skill }: { skill: Skill }) {
  const list = useStore((s) => s.noteLists[skill.id])
  const loadNotes = useStore((s) => s.notes.list)
  const startNote = useStore((s) => s.notes.start)
  // Kept here, not in the body, so it stays as it was across skills as before lists were fetched.
  const [cardOpen, setCardOpen] = useState(false)
  const setIntent = useStore((s) => s.setIntent)
  // "Write a review card from this note": opens the card form, whose question then takes focus.
  useIntent(
    'note-card',
    () => {
      setCardOpen(true)
      setIntent('note-card-front')
    },
    list?.status === 'ready' && list.notes.length > 0,
  )
  useEffect(() => {
    if (!list) void loadNotes(skill.id)
  }, [list, loadNotes, skill.id])

  const loading = !list || list.status === 'loading'
  return (
    <section className="notes-panel" aria-labelledby="notes-heading" aria-busy={loading}>
      <header className="notes-header">
        <h3 id="notes-heading">Your notes</h3>
        {list?.status === 'ready' && list.notes.length > 0 ? (
          <button type="button" onClick={() => void startNote(skill.id)}>
            New note
          </button>
        ) : null}
      </header>
      {list?.status === 'ready' ? (
        <NotesBody skill={skill} notes={list.notes} cardOpen={cardOpen} setCardOpen={setCardOpen} />
      ) : list?.status === 'error' ? (
        <div role="alert" className="notes-load-error">
          <p>
            Could not load your notes on {skill.title}: {list.error}
          </p>
          <button type="button" onClick={() => void loadNotes(skill.id)}>
            Try again
          </button>
        </div>
      ) : (
        <div role="status" className="notes-loading">
          <p>Loading notes…</p>
          {/* Empty panes laid out like the editor's, so nothing jumps when it takes their place. */}
          <div className="note-panes" aria-hidden="true">
            <div className="notes-skeleton" />
            <div className="notes-skeleton" />
          </div>
        </div>
      )}
    </section>
  )
}
