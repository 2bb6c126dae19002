import { useId, useState } from 'react'
import type { Category, CurriculumSkill } from '../../../../shared/model'
import { CURRICULUM_LIMITS as L } from '../../../../shared/curriculum/limits'
import { useStore } from '../../state/store'
import { useCurriculum } from '../../state/curriculum'
import { failureOf } from '../../state/call'
import { Dialog } from '../common/Dialog'
import { ConfirmDialog } from '../common/ConfirmDialog'
import { NameField } from './NameField'
import { AddField } from './AddField'
import { SkillEditor, useEdit } from './SkillEditor'
import { holdingsOf, holdingsText } from './holdings'
import { TrashList } from './TrashList'
import { PacksPanel } from '../packs/PacksPanel'
import './curriculum.css'
import { FieldError } from '../common/FormFeedback'

/** "Edit curriculum": the learner's categories, skills and sub-topics, with a trash to restore from. */
export function CurriculumEditor({ open, onClose }: { open: boolean; onClose: () => void }) {
  const curriculum = useCurriculum()
  const data = useStore((s) => s.data)
  const send = useEdit()
  const headingId = useId()
  const [toDelete, setToDelete] = useState<CurriculumSkill | null>(null)
  const [error, setError] = useState<string | null>(null)
  const held = toDelete && data ? holdingsText(holdingsOf(data, toDelete.id)) : null
  return (
    <Dialog open={open} onClose={onClose} labelledBy={headingId} className="ce-dialog">
      <header className="ce-header">
        <h2 id={headingId}>Edit curriculum</h2>
        <button type="button" onClick={onClose}>
          Done
        </button>
      </header>
      <p className="ce-lede">Shape the skills to your own path. Names and order change here; nothing you recorded is lost: hidden skills keep everything, deleted ones wait in the trash.</p>
      <FieldError error={error} />
      <PacksPanel />
      {curriculum.categories.map((category, index) => (
        <CategorySection
          key={category.id}
          category={category}
          position={index}
          count={curriculum.categories.length}
          skills={curriculum.skills.filter((s) => s.category === category.id)}
          onDeleteSkill={setToDelete}
        />
      ))}
      <AddField label="New category" button="Add category" maxLength={L.title} onAdd={(title) => send({ op: 'addCategory', title })} />
      <TrashList />
      <ConfirmDialog
        open={toDelete !== null}
        title={`Delete ${toDelete?.title ?? 'the skill'}?`}
        confirmLabel="Move to the trash"
        onCancel={() => setToDelete(null)}
        onConfirm={() => {
          const skill = toDelete
          setToDelete(null)
          if (skill) void send({ op: 'deleteSkill', skillId: skill.id }).then(setError)
        }}
      >
        <p>{held ? `It holds ${held}.` : 'It holds nothing you recorded yet.'} It leaves your skills and goes to the trash below, with everything it holds; restore it from there at any time.</p>
      </ConfirmDialog>
    </Dialog>
  )
}

/** One category: its name, order, visibility, its skills and a form to add one. */
function CategorySection({
  category,
  position,
  count,
  skills,
  onDeleteSkill,
}: {
  category: Category
  position: number
  count: number
  skills: CurriculumSkill[]
  onDeleteSkill: (skill: CurriculumSkill) => void
}) {
  const send = useEdit()
  const editSkill = useStore((s) => s.curriculum.edit)
  const [error, setError] = useState<string | null>(null)
  const [subtopics, setSubtopics] = useState('')
  const [title, setTitle] = useState('')
  const headingId = useId()
  const act = (request: Parameters<typeof send>[0]) => void send(request).then(setError)
  const addSkill = async (event: React.FormEvent): Promise<void> => {
    event.preventDefault()
    const lines = subtopics
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean)
    const outcome = await editSkill({ op: 'addSkill', categoryId: category.id, title, subtopics: lines })
    setError(failureOf(outcome))
    if (outcome.ok) {
      setTitle('')
      setSubtopics('')
    }
  }
  return (
    <section className={`ce-category${category.hidden ? ' ce-hidden' : ''}`} aria-labelledby={headingId}>
      <div className="ce-row ce-category-row">
        <h3 id={headingId} className="visually-hidden">
          {category.title}
        </h3>
        <NameField label={`Name of category ${category.title}`} value={category.title} maxLength={L.title} onSave={(t) => send({ op: 'renameCategory', categoryId: category.id, title: t })} />
        {category.hidden ? <span className="pill">Hidden</span> : null}
        <span className="ce-actions">
          <button type="button" className="small" aria-label={`Move category ${category.title} up`} disabled={position === 0} onClick={() => act({ op: 'moveCategory', categoryId: category.id, to: 'up' })}>
            ↑
          </button>
          <button
            type="button"
            className="small"
            aria-label={`Move category ${category.title} down`}
            disabled={position === count - 1}
            onClick={() => act({ op: 'moveCategory', categoryId: category.id, to: 'down' })}
          >
            ↓
          </button>
          <button type="button" className="small" onClick={() => act({ op: 'hideCategory', categoryId: category.id, hidden: !category.hidden })}>
            {category.hidden ? `Show category ${category.title}` : `Hide category ${category.title}`}
          </button>
          <button type="button" className="small danger" onClick={() => act({ op: 'deleteCategory', categoryId: category.id })}>
            Delete category {category.title}
          </button>
        </span>
      </div>
      <FieldError error={error} />
      <ul className="ce-skills" aria-label={`Skills in ${category.title}`}>
        {skills.map((skill, index) => (
          <SkillEditor key={skill.id} skill={skill} position={index} count={skills.length} onDelete={() => onDeleteSkill(skill)} onDrop={(dragged) => act({ op: 'moveSkill', skillId: dragged, to: index })} />
        ))}
      </ul>
      <form className="ce-add-skill" onSubmit={(event) => void addSkill(event)}>
        <label className="ce-field">
          New skill in {category.title}
          <input type="text" value={title} maxLength={L.title} onChange={(event) => setTitle(event.target.value)} />
        </label>
        <label className="ce-field">
          Its sub-topics, one a line (optional)
          <textarea rows={2} value={subtopics} onChange={(event) => setSubtopics(event.target.value)} />
        </label>
        <button type="submit">Add skill to {category.title}</button>
      </form>
    </section>
  )
}
