import { useEffect, useState } from 'react'
import type { NoteMeta } from '../../../../../shared/contract'
import { noteDisplayTitle } from '../../../../../shared/notes/title'
import { useStore } from '../../../state/store'
import './links.css'

/** What links to a note or a skill: each linking note, a click away. Asks again whenever a note changes. */
export function Backlinks({ kind, id }: { kind: 'note' | 'skill'; id: string }) {
  const backlinks = useStore((s) => s.notes.backlinks)
  const selectSkill = useStore((s) => s.selectSkill)
  const version = useStore((s) => s.notesVersion)
  const [notes, setNotes] = useState<NoteMeta[] | null>(null)
  useEffect(() => {
    let live = true
    void backlinks(kind, id).then((outcome) => {
      if (live && outcome.ok) setNotes(outcome.value.notes)
    })
    return () => void (live = false)
  }, [backlinks, kind, id, version])
  const heading = `backlinks-${kind}-${id}`
  return (
    <section className="backlinks" aria-labelledby={heading}>
      <h4 id={heading}>{kind === 'note' ? 'Notes linking to this note' : 'Notes linking to this skill'}</h4>
      {notes === null ? null : notes.length === 0 ? (
        <p className="empty">
          No note links here yet. Type [[ in a note to link to {kind === 'note' ? 'this note' : 'this skill'}.
        </p>
      ) : (
        <ul>
          {notes.map((note) => (
            <li key={note.id}>
              <button type="button" className="link-button" onClick={() => selectSkill(note.skillId, note.id)}>
                {noteDisplayTitle(note)}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
