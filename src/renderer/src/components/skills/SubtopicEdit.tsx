import { useRef } from 'react'
import type { Skill } from '../../../../shared/curriculum/skills'
import { CURRICULUM_LIMITS as L } from '../../../../shared/curriculum/limits'
import { useEdit } from '../curriculum/use-edit'
import { NameField } from '../curriculum/NameField'
import { AddField } from '../curriculum/AddField'
import './subtopic-edit.css'

/**
 * Adding and renaming a skill's sub-topics from its detail, through the same curriculum edits as
 * "Edit curriculum". A skill without sub-topics shows the add field at once; otherwise a button
 * turns the names into fields (`editing`), and the caller shows the checkboxes again when it ends.
 */
export function SubtopicEdit({
  skill,
  editing,
  onEditing,
}: {
  skill: Skill
  editing: boolean
  onEditing: (on: boolean) => void
}) {
  const send = useEdit()
  // Set when editing ends from its button, so the opener takes focus back when it returns.
  const refocus = useRef(false)
  const empty = skill.subtopics.length === 0
  if (!editing && !empty)
    return (
      <button
        type="button"
        className="link-button subtopic-edit-open"
        ref={(button) => {
          if (button && refocus.current) button.focus()
          refocus.current = false
        }}
        onClick={() => onEditing(true)}
      >
        Add or rename sub-topics
      </button>
    )
  return (
    <div className="subtopic-edit">
      {editing && !empty ? (
        <ol className="subtopic-edit-names" aria-label={`Names of the sub-topics of ${skill.title}`}>
          {skill.subtopics.map((sub, index) => (
            <li key={sub.id}>
              <NameField
                label={`Sub-topic ${index + 1} of ${skill.title}`}
                value={sub.title}
                maxLength={L.subtopicTitle}
                onSave={(title) => send({ op: 'renameSubtopic', skillId: skill.id, subtopicId: sub.id, title })}
              />
            </li>
          ))}
        </ol>
      ) : null}
      <AddField
        label={`New sub-topic of ${skill.title}`}
        button="Add sub-topic"
        maxLength={L.subtopicTitle}
        onAdd={(title) => send({ op: 'addSubtopic', skillId: skill.id, title })}
      />
      {editing ? (
        <button
          type="button"
          className="small"
          onClick={() => {
            refocus.current = true
            onEditing(false)
          }}
        >
          Done with sub-topics
        </button>
      ) : null}
    </div>
  )
}
