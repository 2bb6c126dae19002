import { useCallback, useRef, useState } from 'react'
import type { Skill } from '../../../../shared/curriculum/skills'
import type { SkillProgress } from '../../../../shared/model'
import { subtopicCount, tickedSubtopics } from '../../../../shared/skills/progress'
import { useStore } from '../../state/store'
import { ConfirmDialog } from '../common/ConfirmDialog'
import { useItemIntent } from '../../state/intent'
import { focusInView } from '../common/focus'
import { SubtopicLinks } from './SubtopicLinks'
import { SubtopicEdit } from './SubtopicEdit'

/** What the list asks after a tick: mark the skill done, or whether a done skill stays done. */
type Prompt = { kind: 'mark-done' } | { kind: 'keep-done'; subtopic: string } | null

/**
 * The sub-topics of a skill as checkboxes, with how many are ticked. Ticking the last open one
 * offers to mark the skill Done; unticking one of a Done skill asks whether it stays Done. The
 * status changes only when the learner says so.
 */
export function SubtopicList({ skill, progress }: { skill: Skill; progress: SkillProgress | undefined }) {
  const setSubtopic = useStore((s) => s.skills.setSubtopic)
  const setStatus = useStore((s) => s.skills.setStatus)
  const [prompt, setPrompt] = useState<Prompt>(null)
  // Which skill's sub-topic names are open as fields: another skill opens with its checkboxes.
  const [editingFor, setEditingFor] = useState<string | null>(null)
  const editing = editingFor === skill.id
  const ticked = tickedSubtopics(skill, progress)
  const total = skill.subtopics.length
  const status = progress?.status ?? 'not-started'
  // Landing on a sub-topic (a search hit, the palette): its checkbox comes into view and takes focus.
  const boxes = useRef(new Map<string, HTMLInputElement>())
  const land = useCallback(
    (id: string) => id.startsWith(`${skill.id}:`) && focusInView(boxes.current.get(id.slice(skill.id.length + 1))),
    [skill.id],
  )
  useItemIntent('subtopic', land)

  const toggle = async (subtopicId: string, title: string, done: boolean): Promise<void> => {
    // Decided from what the learner saw when they clicked, and asked only once the tick is saved.
    const next: Prompt =
      done && status !== 'done' && ticked + 1 === total
        ? { kind: 'mark-done' }
        : !done && status === 'done'
          ? { kind: 'keep-done', subtopic: title }
          : null
    const outcome = await setSubtopic(skill.id, subtopicId, done)
    if (outcome.ok && next) setPrompt(next)
  }
  const close = (): void => setPrompt(null)
  const answer = (to: 'done' | 'learning'): void => {
    setPrompt(null)
    void setStatus(skill.id, to)
  }

  return (
    <>
      <fieldset className="subtopics">
        <legend>
          Sub-topics<span className="visually-hidden"> of {skill.title}</span>
        </legend>
        <p className="subtopic-count">{subtopicCount(skill, progress)}</p>
        {/* While the names are fields, the checkboxes step aside (the fields stand in their place). */}
        {editing ? null : (
          <ul>
            {skill.subtopics.map((sub) => (
              <li key={sub.id}>
                <label id={`subtopic-${skill.id}-${sub.id}`}>
                  <input
                    ref={(box) => void (box ? boxes.current.set(sub.id, box) : boxes.current.delete(sub.id))}
                    type="checkbox"
                    checked={progress?.subtopics[sub.id] === true}
                    onChange={(event) => void toggle(sub.id, sub.title, event.target.checked)}
                  />
                  <span>{sub.title}</span>
                </label>
                <SubtopicLinks subtopic={sub} />
              </li>
            ))}
          </ul>
        )}
        <SubtopicEdit
          key={skill.id}
          skill={skill}
          editing={editing}
          onEditing={(on) => setEditingFor(on ? skill.id : null)}
        />
      </fieldset>
      <ConfirmDialog
        open={prompt?.kind === 'mark-done'}
        title={`Mark ${skill.title} as Done?`}
        confirmLabel="Mark as done"
        cancelLabel="Not yet"
        onConfirm={() => answer('done')}
        onCancel={close}
      >
        <p>All {total} sub-topics are ticked.</p>
      </ConfirmDialog>
      <ConfirmDialog
        open={prompt?.kind === 'keep-done'}
        title={`Keep ${skill.title} as Done?`}
        confirmLabel="Move to Learning"
        cancelLabel="Keep Done"
        onConfirm={() => answer('learning')}
        onCancel={close}
      >
        <p>
          You unticked “{prompt?.kind === 'keep-done' ? prompt.subtopic : ''}”: {ticked} of {total} sub-topics are
          ticked now. A Done skill counts in full however many are ticked.
        </p>
      </ConfirmDialog>
    </>
  )
}
