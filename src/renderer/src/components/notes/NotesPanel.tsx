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
import { useWidth } from '../common/use-width'
import { Icon } from '../common/Icon'
import './notes.css'

/** Below this pane width (px) the editor and its preview take turns instead of sitting side by side (two columns of 280 px). */
export const SPLIT_MIN_WIDTH = 560

/** Below this width (px) of the notes pane the note list is a button's drop-down, so the note keeps at least 440 px. */
export const LIST_BESIDE_MIN_WIDTH = 640

interface CardToggle {
  cardOpen: boolean
  setCardOpen: (open: boolean) => void
}

/** The loaded notes of a skill: the list to pick from beside the editor, and under the note its cards and the card form. */
function NotesBody({
  skill,
  notes,
  actions,
  cardOpen,
  setCardOpen,
}: { skill: Skill; notes: NoteMeta[]; actions: ReactNode } & CardToggle) {
  const selectedNoteId = useStore((s) => s.selectedNoteId)
  const selectSkill = useStore((s) => s.selectSkill)
  const current = notes.find((note) => note.id === selectedNoteId) ?? notes[0] ?? null
  const currentId = current?.id ?? null
  // A new note's draft keeps its serial once saved, so its editor stays mounted (and focused).
  const draft = useMemo(() => NoteDraft.open(skill.id, currentId), [skill.id, currentId])
  const [listOpen, setListOpen] = useState(false)
  const choose = useCallback(
    (id: string) => {
      setListOpen(false)
      selectSkill(skill.id, id)
    },
    [selectSkill, skill.id],
  )
  const body = useRef<HTMLDivElement>(null)
  const bodyWidth = useWidth(body)
  const listBeside = bodyWidth === 0 || bodyWidth >= LIST_BESIDE_MIN_WIDTH
  const pane = useRef<HTMLDivElement>(null)
  const width = useWidth(pane)
  // Not measured yet (or nothing is laid out, as in tests): as chosen.
  const splitFits = width === 0 || width >= SPLIT_MIN_WIDTH
  // The note fills the pane; its cards, the card form and what links here follow below it, so
  // opening them never takes the note's height: the pane scrolls to them instead.
  const list = <NoteList skill={skill} notes={notes} currentId={currentId} onChoose={choose} />
  const dropDown = notes.length > 1 && !listBeside
  const listButton = dropDown ? (
    <button
      type="button"
      className="note-list-button"
      aria-expanded={listOpen}
      aria-controls="note-list-drop"
      onClick={() => setListOpen(!listOpen)}
    >
      All notes <span className="tab-count">{notes.length}</span>
    </button>
  ) : null
  const editor = (
    <div className="note-editor-pane" ref={pane}>
      <NoteEditor
        key={draft.serial}
        draft={draft}
        splitFits={splitFits}
        actions={
          <>
            {listButton}
            {actions}
          </>
        }
      />
      <CardFromNote skill={skill} current={current} cardOpen={cardOpen} setCardOpen={setCardOpen} />
    </div>
  )
  // One note or none: the editor has the whole pane; the list beside it once there is a choice,
  // or over it, from its button, where the pane is too narrow for both.
  return (
    <div className="notes-body" ref={body}>
      {notes.length < 2 ? editor : listBeside ? <NotesSplit list={list} editor={editor} /> : editor}
      {dropDown && listOpen ? (
        <div
          id="note-list-drop"
          className="note-list-drop"
          onKeyDown={(event) => {
            if (event.key !== 'Escape') return
            event.preventDefault()
            setListOpen(false)
          }}
        >
          {list}
        </div>
      ) : null}
    </div>
  )
}

/** The note list beside the editor, the line between them draggable; the sizes are remembered. */
function NotesSplit({ list, editor }: { list: ReactNode; editor: ReactNode }) {
  const layout = usePaneLayout('notes', { 'note-list': 28, 'note-editor': 72 })
  return (
    <Panes id="notes" className="notes-split" layout={layout}>
      <Pane id="note-list" minSize={160} className="pane">
        {list}
      </Pane>
      <PaneSeparator label="Resize the note list" controls="note-list" />
      <Pane id="note-editor" minSize={440} className="pane">
        {editor}
      </Pane>
    </Panes>
  )
}

/** "Write a review card from this note": a form under the note, mounted when opened. */
function CardFromNote({
  skill,
  current,
  cardOpen,
  setCardOpen,
}: { skill: Skill; current: NoteMeta | null } & CardToggle) {
  return (
    <>
      {current ? (
        <details
          className="card-from-note"
          open={cardOpen}
          onToggle={(event) => {
            const box = event.currentTarget
            setCardOpen(box.open)
            if (box.open) box.scrollIntoView({ block: 'nearest' })
          }}
        >
          <summary id="card-from-note">Write a review card from this note</summary>
          {cardOpen ? (
            <AddCardForm
              key={current.id}
              skillId={skill.id}
              noteId={current.id}
              idPrefix="note-card"
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
  const newNote =
    list?.status === 'ready' && list.notes.length > 0 ? (
      <button
        type="button"
        className="new-note"
        onClick={() => void startNote(skill.id).then((started) => started.ok && setIntent('note-title'))}
      >
        <Icon name="add" />
        <span className="new-note-label">New note</span>
      </button>
    ) : null
  return (
    <section className="notes-panel" aria-labelledby="notes-heading" aria-busy={loading}>
      <h3 id="notes-heading" className="visually-hidden">
        Your notes
      </h3>
      {list?.status === 'ready' ? (
        <NotesBody skill={skill} notes={list.notes} actions={newNote} cardOpen={cardOpen} setCardOpen={setCardOpen} />
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
          {/* An empty box laid out like the editor's, so nothing jumps when it takes its place. */}
          <div className="note-panes" aria-hidden="true">
            <div className="notes-skeleton" />
          </div>
        </div>
      )}
    </section>
  )
}
