import { useRef, useState } from 'react'
import type { CurriculumSkill } from '../../../../shared/model'
import { levelsOf } from '../../../../shared/curriculum/access'
import { CURRICULUM_LIMITS as L } from '../../../../shared/curriculum/limits'
import { useCurriculum } from '../../state/curriculum'
import { useEdit } from './use-edit'
import type { CurriculumEditRequest } from '../../state/curriculum-slice'
import { NameField } from './NameField'
import { AddField } from './AddField'
import { FieldError } from '../common/FormFeedback'
import { ActionMenu } from '../common/ActionMenu'

/** One skill in the editor: its name at full width, a menu of its actions (order, hide, delete), and (opened) description, category, sub-topics and goal links. */
export function SkillEditor({
  skill,
  position,
  count,
  deleteError,
  onDelete,
  onDrop,
}: {
  skill: CurriculumSkill
  position: number
  count: number
  /** Main's answer when moving it to the trash was refused. */
  deleteError: string | null
  onDelete: () => void
  onDrop: (draggedId: string) => void
}) {
  const curriculum = useCurriculum()
  const send = useEdit()
  const [error, setError] = useState<string | null>(null)
  const act = async (request: CurriculumEditRequest): Promise<void> => setError(await send(request))
  const move = (to: 'up' | 'down') => void act({ op: 'moveSkill', skillId: skill.id, to })
  return (
    <li
      className={`ce-skill${skill.hidden ? ' ce-hidden' : ''}`}
      data-skill-id={skill.id}
      draggable
      onDragStart={(event) => event.dataTransfer.setData('text/x-groundwork-skill', skill.id)}
      onDragOver={(event) => event.preventDefault()}
      onDrop={(event) => {
        event.preventDefault()
        const dragged = event.dataTransfer.getData('text/x-groundwork-skill')
        if (dragged && dragged !== skill.id) onDrop(dragged)
      }}
    >
      <div className="ce-row">
        <span className="ce-grip" aria-hidden="true" title="Drag to reorder">
          ⠿
        </span>
        <NameField
          label={`Name of ${skill.title}`}
          value={skill.title}
          maxLength={L.title}
          onSave={(title) => send({ op: 'updateSkill', skillId: skill.id, title })}
        />
        {skill.hidden ? <span className="pill">Hidden</span> : null}
        <ActionMenu
          label={`Actions for ${skill.title}`}
          actions={[
            { label: 'Move up', disabled: position === 0, onSelect: () => move('up') },
            { label: 'Move down', disabled: position === count - 1, onSelect: () => move('down') },
            {
              label: skill.hidden ? 'Show' : 'Hide',
              onSelect: () => void act({ op: 'hideSkill', skillId: skill.id, hidden: !skill.hidden }),
            },
            { label: 'Delete…', danger: true, onSelect: onDelete },
          ]}
        />
      </div>
      <FieldError error={error ?? deleteError} />
      <details className="ce-details">
        <summary>Details of {skill.title}</summary>
        <label className="ce-field">
          Description
          <NameField
            multiline
            label={`Description of ${skill.title}`}
            value={skill.summary}
            maxLength={L.summary}
            onSave={(summary) => send({ op: 'updateSkill', skillId: skill.id, summary })}
          />
        </label>
        <label className="ce-field">
          Category
          <select
            value={skill.category}
            onChange={(event) => void act({ op: 'updateSkill', skillId: skill.id, categoryId: event.target.value })}
          >
            {curriculum.categories.map((category) => (
              <option key={category.id} value={category.id}>
                {category.title}
              </option>
            ))}
          </select>
        </label>
        <SubtopicEditor skill={skill} />
        <fieldset className="ce-goals">
          <legend>Level goals it counts toward</legend>
          {levelsOf(curriculum).map((level) => (
            <div key={level.id} className="ce-goal-level">
              <span className="ce-goal-level-title">{level.title}</span>
              {level.goals.map((goal) => (
                <label key={goal.id} className="ce-goal">
                  <input
                    type="checkbox"
                    checked={goal.skillIds.includes(skill.id)}
                    onChange={(event) =>
                      void act({
                        op: 'linkGoal',
                        level: level.id,
                        goalId: goal.id,
                        skillIds: event.target.checked
                          ? [...goal.skillIds, skill.id]
                          : goal.skillIds.filter((id) => id !== skill.id),
                      })
                    }
                  />
                  {goal.title}
                </label>
              ))}
            </div>
          ))}
        </fieldset>
      </details>
    </li>
  )
}

/** The sub-topics of a skill: rename, reorder, delete (to the trash), add. */
function SubtopicEditor({ skill }: { skill: CurriculumSkill }) {
  const send = useEdit()
  const [error, setError] = useState<string | null>(null)
  const box = useRef<HTMLDivElement>(null)
  const act = async (request: CurriculumEditRequest): Promise<void> => setError(await send(request))
  // A deleted sub-topic takes its menu with it: focus goes on to the field that adds one.
  const remove = async (subtopicId: string): Promise<void> => {
    await act({ op: 'deleteSubtopic', skillId: skill.id, subtopicId })
    box.current?.querySelector<HTMLInputElement>('.ce-add input')?.focus()
  }
  return (
    <div className="ce-subtopics" ref={box}>
      <h4>Sub-topics</h4>
      <ol className="ce-sub-list">
        {skill.subtopics.map((sub, index) => (
          <li key={sub.id} className="ce-row">
            <NameField
              label={`Sub-topic ${index + 1} of ${skill.title}`}
              value={sub.title}
              maxLength={L.subtopicTitle}
              onSave={(title) => send({ op: 'renameSubtopic', skillId: skill.id, subtopicId: sub.id, title })}
            />
            <ActionMenu
              label={`Actions for sub-topic ${sub.title}`}
              actions={[
                {
                  label: 'Move up',
                  disabled: index === 0,
                  onSelect: () => void act({ op: 'moveSubtopic', skillId: skill.id, subtopicId: sub.id, to: 'up' }),
                },
                {
                  label: 'Move down',
                  disabled: index === skill.subtopics.length - 1,
                  onSelect: () => void act({ op: 'moveSubtopic', skillId: skill.id, subtopicId: sub.id, to: 'down' }),
                },
                { label: 'Delete', danger: true, onSelect: () => void remove(sub.id) },
              ]}
            />
          </li>
        ))}
      </ol>
      <FieldError error={error} />
      <AddField
        label={`New sub-topic of ${skill.title}`}
        button="Add sub-topic"
        maxLength={L.subtopicTitle}
        onAdd={(title) => send({ op: 'addSubtopic', skillId: skill.id, title })}
      />
    </div>
  )
}
