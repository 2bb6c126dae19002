import { useMemo, useState } from 'react'
import { useShallow } from 'zustand/react/shallow'
import type { Skill } from '../../../../shared/curriculum/skills'
import { noteDisplayTitle } from '../../../../shared/note-title'
import { useStore } from '../../state/store'
import { NoteEditor } from './NoteEditor'
import { NoteDraft } from '../../state/note-draft'
import { AddCardForm } from '../AddCardForm'
import { formatDay } from '../../format'


/** The learner's notes on a skill: a list to pick from, a button for a new one, and the editor. */
export function NotesPanel({ skill }: { skill: Skill }) {
  const notes = useStore(
    useShallow((s) =>
      Object.values(s.data?.notes ?? {})
        .filter((note) => note.skillId === skill.id)
        // Newest first by creation, so the list does not reorder while typing.
        .sort((a, b) => b.createdAt.localeCompare(a.createdAt)),
    ),
  )
  const selectedNoteId = useStore((s) => s.selectedNoteId)
  const selectSkill = useStore((s) => s.selectSkill)
  const createNote = useStore((s) => s.createNote)
  const current = notes.find((note) => note.id === selectedNoteId) ?? notes[0] ?? null
  const currentId = current?.id ?? null
  // A new note's draft keeps its serial once saved, so its editor stays mounted (and focused).
  const [cardOpen, setCardOpen] = useState(false)
  const draft = useMemo(() => NoteDraft.open(skill.id, currentId), [skill.id, currentId])

  return (
    <section className="notes-panel" aria-labelledby="notes-heading">
      <header className="notes-header">
        <h3 id="notes-heading">Your notes</h3>
        {notes.length > 0 ? (
          <button type="button" onClick={() => void createNote(skill.id)}>
            New note
          </button>
        ) : null}
      </header>
      {notes.length > 1 ? (
        <ul className="note-list" aria-label={`Notes on ${skill.title}`}>
          {notes.map((note) => (
            <li key={note.id}>
              <button type="button" aria-current={note.id === current?.id ? 'true' : undefined} onClick={() => selectSkill(skill.id, note.id)}>
                <span className="note-list-title">{noteDisplayTitle(note)}</span>
                <span className="note-list-date">{formatDay(note.updatedAt)}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <NoteEditor key={draft.serial} draft={draft} />
      {current ? (
        <details className="card-from-note" open={cardOpen} onToggle={(event) => setCardOpen(event.currentTarget.open)}>
          <summary id="card-from-note">Write a review card from this note</summary>
          {/* Mounted on open, so the question starts from the note's title as it is then. */}
          {cardOpen ? <AddCardForm key={current.id} skillId={skill.id} noteId={current.id} idPrefix="note-card" initialFront={current.title} heading={`New card from “${noteDisplayTitle(current)}”`} headingLevel={4} /> : null}
        </details>
      ) : null}
    </section>
  )
}
