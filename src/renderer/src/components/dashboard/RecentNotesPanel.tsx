import { useEffect, useMemo } from 'react'
import { skillOf } from '../../../../shared/curriculum/access'
import { useCurriculum } from '../../state/curriculum'
import { noteDisplayTitle } from '../../../../shared/notes/title'
import { formatInstantDay } from '../../../../shared/calendar/format'
import { dayOf, daysBetween, type DayKey } from '../../../../shared/calendar/days'
import type { NoteMeta } from '../../../../shared/contract'
import { useStore } from '../../state/store'
import type { NoteList } from '../../state/notes-slice'
import { goTo } from '../../commands/command-kit'

/** How many notes the Dashboard lists: the ones worth picking up again. */
const RECENT_COUNT = 5

/** The most recently edited notes over all the lists held, newest first. */
function recentNotes(lists: Record<string, NoteList>, skillIds: readonly string[], count: number): NoteMeta[] {
  const notes = skillIds.flatMap((id) => {
    const list = lists[id]
    return list?.status === 'ready' ? list.notes : []
  })
  return notes.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || a.id.localeCompare(b.id)).slice(0, count)
}

/** When a note was last edited, as the learner would say it. */
function editedOn(updatedAt: string, zone: string, today: DayKey): string {
  const ago = daysBetween(dayOf(updatedAt, zone), today)
  return ago === 0 ? 'edited today' : ago === 1 ? 'edited yesterday' : `edited ${formatInstantDay(updatedAt, zone)}`
}

/** The notes edited last, each opening in its skill's editor; with none, where notes are written. */
export function RecentNotesPanel({ zone, today }: { zone: string; today: DayKey }) {
  const noteCounts = useStore((s) => s.data?.noteCounts)
  const lists = useStore((s) => s.noteLists)
  const listNotes = useStore((s) => s.notes.list)
  const showItem = useStore((s) => s.showItem)
  const curriculum = useCurriculum()
  const skillIds = useMemo(
    () => Object.keys(noteCounts ?? {}).filter((id) => (noteCounts?.[id] ?? 0) > 0),
    [noteCounts],
  )
  // The lists of skills with notes, fetched as the notes panel fetches them (a loaded one is not asked again).
  useEffect(() => {
    for (const id of skillIds) void listNotes(id)
  }, [skillIds, listNotes])
  const recent = useMemo(() => recentNotes(lists, skillIds, RECENT_COUNT), [lists, skillIds])
  const loading = skillIds.some((id) => lists[id]?.status !== 'ready' && lists[id]?.status !== 'error')
  const failed = skillIds.some((id) => lists[id]?.status === 'error')

  const open = (note: NoteMeta): void => {
    showItem({ kind: 'note', id: note.id, skillId: note.skillId })
  }
  return (
    <section className="dash-card dash-notes" aria-labelledby="dash-notes-heading">
      <h2 id="dash-notes-heading">Recent notes</h2>
      {skillIds.length === 0 ? (
        <>
          <p className="dash-note">
            No notes yet. Open a skill and write down what you learn; the notes you edit last show here.
          </p>
          <button
            type="button"
            className="dash-stat-action"
            onClick={() => goTo(useStore.getState(), 'skills', 'main')}
          >
            Open Skills
          </button>
        </>
      ) : recent.length === 0 ? (
        <p className="dash-note">
          {failed && !loading ? 'Your notes could not be listed. Open Skills to try again.' : 'Loading your notes…'}
        </p>
      ) : (
        <ul className="recent-notes">
          {recent.map((note) => {
            const title = noteDisplayTitle(note)
            return (
              <li key={note.id}>
                <button type="button" className="recent-note" onClick={() => open(note)}>
                  {/* Named by what it shows, after what it does (so the visible words are part of the name). */}
                  <span className="visually-hidden">Open note: </span>
                  <span className="recent-note-title">{title}</span>
                  <span className="recent-note-meta">
                    {skillOf(curriculum, note.skillId)?.title ?? note.skillId} · {editedOn(note.updatedAt, zone, today)}
                  </span>
                </button>
              </li>
            )
          })}
        </ul>
      )}
    </section>
  )
}
