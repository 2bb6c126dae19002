import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react'
import type { Skill } from '../../../../shared/curriculum/skills'
import type { NoteMeta } from '../../../../shared/contract'
import { noteDisplayTitle } from '../../../../shared/notes/title'
import { useStore } from '../../state/store'
import { useIntent } from '../../state/intent'
import { usePaneLayout } from '../../state/pane-layout'
import { NoteEditor } from './NoteEditor'
import { NoteList } from './NoteList'
import { NoteDraft } from '../../state/note-draft'
import { AddCardForm } from '../review/AddCardForm'
import { Pane, Panes, PaneSeparator } from '../common/Panes'
import { formatCount } from '../../format'
import { useWidth } from '../common/use-width'
import { EditorModeSwitch } from './EditorModeSwitch'
import './notes.css'

/** Below this pane width (px) the editor and its preview take turns instead of sitting side by side. */
export const SPLIT_MIN_WIDTH = 500

interface CardToggle {
  cardOpen: boolean
  setCardOpen: (open: boolean) => void
}

/** The loaded notes of a skill: the list to pick from, the editor, and the card-from-note form. */
function NotesBody({ skill, notes, splitFits, cardOpen, setCardOpen }: { skill: Skill; notes: NoteMeta[]; splitFits: boolean } & CardToggle) {
  const selectedNoteId = useStore((s) => s.selectedNoteId)
  const selectSkill = useStore((s) => s.selectSkill)
  const current = notes.find((note) => note.id === selectedNoteId) ?? notes[0] ?? null
  const currentId = current?.id ?? null
  // A new note's draft keeps its serial once saved, so its editor stays mounted (and focused).
  const draft = useMemo(() => NoteDraft.open(skill.id, currentId), [skill.id, currentId])
  const choose = useCallback((id: string) => selectSkill(skill.id, id), [selectSkill, skill.id])
  const editor = (
    <div className="note-editor-pane">
      <NoteEditor key={draft.serial} draft={draft} splitFits={splitFits} />
      <CardFromNote skill={skill} current={current} cardOpen={cardOpen} setCardOpen={setCardOpen} />
    </div>
  )
  // One note or none: the editor has the whole pane; a list above it once there is a choice.
  if (notes.length < 2) return editor
  return <NotesSplit list={<NoteList skill={skill} notes={notes} currentId={currentId} onChoose={choose} />} editor={editor} />
}

/** The note list above the editor, the line between them draggable; the sizes are remembered. */
function NotesSplit({ list, editor }: { list: ReactNode; editor: ReactNode }) {
  const layout = usePaneLayout('notes', { 'note-list': 34, 'note-editor': 66 })
  return (
    <Panes id="notes" orientation="vertical" className="notes-split" layout={layout}>
      <Pane id="note-list" minSize={110} className="pane">
        {list}
      </Pane>
      <PaneSeparator label="Resize the note list" controls="note-list" />
      <Pane id="note-editor" minSize={220} className="pane">
        {editor}
      </Pane>
    </Panes>
  )
}

/** "Write a review card from this note": a form under the editor, mounted when opened. */
function CardFromNote({ skill, current, cardOpen, setCardOpen }: { skill: Skill; current: NoteMeta | null } & CardToggle) {
  return (
    <>
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

  const mode = useStore((s) => s.data?.settings.workspace.noteMode ?? 'split')
  const setWorkspace = useStore((s) => s.settings.setWorkspace)
  const pane = useRef<HTMLElement>(null)
  const width = useWidth(pane)
  // Not measured yet (or nothing is laid out, as in tests): as chosen.
  const splitFits = width === 0 || width >= SPLIT_MIN_WIDTH

  const loading = !list || list.status === 'loading'
  const count = list?.status === 'ready' ? list.notes.length : 0
  return (
    <section ref={pane} className="notes-panel" aria-labelledby="notes-heading" aria-busy={loading}>
      <header className="notes-header">
        <h3 id="notes-heading">Your notes</h3>
        {count > 1 ? <span className="notes-count">{formatCount(count)}</span> : null}
        {/* Before "New note" and the editor: Tab goes from the note's title straight to its text. */}
        <EditorModeSwitch mode={mode} splitFits={splitFits} onMode={(next) => void setWorkspace({ noteMode: next })} />
        {list?.status === 'ready' && list.notes.length > 0 ? (
          <button type="button" onClick={() => void startNote(skill.id).then((started) => started.ok && setIntent('note-title'))}>
            New note
          </button>
        ) : null}
      </header>
      {list?.status === 'ready' ? (
        <NotesBody skill={skill} notes={list.notes} splitFits={splitFits} cardOpen={cardOpen} setCardOpen={setCardOpen} />
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
