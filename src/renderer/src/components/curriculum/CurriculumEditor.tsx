import { useId, useRef, useState } from 'react'
import type { Category, CurriculumSkill } from '../../../../shared/model'
import { CURRICULUM_LIMITS as L } from '../../../../shared/curriculum/limits'
import { useStore } from '../../state/store'
import { useCurriculum } from '../../state/curriculum'
import { Dialog } from '../common/Dialog'
import { ConfirmDialog } from '../common/ConfirmDialog'
import { ActionMenu } from '../common/ActionMenu'
import { Tabs } from '../common/Tabs'
import { NameField } from './NameField'
import { AddField } from './AddField'
import { AddSkillForm } from './AddSkillForm'
import { SkillEditor } from './SkillEditor'
import { useEdit } from './use-edit'
import { holdingsOf, holdingsText } from './holdings'
import { TrashList } from './TrashList'
import { UndoBar } from '../shell/UndoBar'
import { useTrashListing } from '../../state/trash-listing'
import { TRASH_RULE } from '../../../../shared/trash/rule'
import { PacksPanel } from '../packs/PacksPanel'
import './curriculum.css'
import { FieldError } from '../common/FormFeedback'

/** A refused delete, shown beside the skill it was about. */
type DeleteFailure = { skillId: string; message: string } | null

/** "Edit curriculum": the learner's categories, skills and sub-topics in one tab, the trash to restore from in another. */
export function CurriculumEditor({ open, onClose }: { open: boolean; onClose: () => void }) {
  const curriculum = useCurriculum()
  const trash = useTrashListing()
  const data = useStore((s) => s.data)
  const send = useEdit()
  const headingId = useId()
  const [tab, setTab] = useState('skills')
  const [toDelete, setToDelete] = useState<CurriculumSkill | null>(null)
  const [failure, setFailure] = useState<DeleteFailure>(null)
  const tree = useRef<HTMLDivElement>(null)
  const held = toDelete && data ? holdingsText(holdingsOf(data, toDelete.id)) : null
  const deleteSkill = async (skill: CurriculumSkill): Promise<void> => {
    // Where focus goes once the row is gone: the name of the skill after it, else the one before.
    const row = tree.current?.querySelector(`[data-skill-id="${CSS.escape(skill.id)}"]`)
    const neighbour = (row?.nextElementSibling ?? row?.previousElementSibling)?.getAttribute('data-skill-id')
    const message = await send({ op: 'deleteSkill', skillId: skill.id })
    setFailure(message ? { skillId: skill.id, message } : null)
    if (message) return
    const next = neighbour
      ? tree.current?.querySelector<HTMLElement>(`[data-skill-id="${CSS.escape(neighbour)}"] input`)
      : null
    next?.focus()
  }
  const skillsPanel = (
    <div ref={tree}>
      <PacksPanel />
      {curriculum.categories.map((category, index) => (
        <CategorySection
          key={category.id}
          category={category}
          position={index}
          count={curriculum.categories.length}
          skills={curriculum.skills.filter((s) => s.category === category.id)}
          failure={failure}
          onDeleteSkill={setToDelete}
        />
      ))}
      <AddField
        label="New category"
        button="Add category"
        maxLength={L.title}
        onAdd={(title) => send({ op: 'addCategory', title })}
      />
    </div>
  )
  return (
    <Dialog open={open} onClose={onClose} labelledBy={headingId} className="ce-dialog">
      <header className="ce-header">
        <h2 id={headingId}>Edit curriculum</h2>
        <button type="button" onClick={onClose}>
          Done
        </button>
      </header>
      <p className="ce-lede">
        Shape the skills to your own path. Names and order change here; nothing you recorded is lost: hidden skills keep
        everything, deleted ones wait in the trash for {TRASH_RULE.days} days.
      </p>
      <Tabs
        label="Curriculum and trash"
        selected={tab}
        onSelect={setTab}
        tabs={[
          { id: 'skills', label: 'Skills and categories', panel: skillsPanel },
          { id: 'trash', label: trash.length > 0 ? `Trash (${trash.length})` : 'Trash', panel: <TrashList /> },
        ]}
      />
      <ConfirmDialog
        open={toDelete !== null}
        title={`Delete ${toDelete?.title ?? 'the skill'}?`}
        confirmLabel="Move to the trash"
        onCancel={() => setToDelete(null)}
        onConfirm={() => {
          const skill = toDelete
          setToDelete(null)
          if (skill) void deleteSkill(skill)
        }}
      >
        <p>
          {held ? `It holds ${held}.` : 'It holds nothing you recorded yet.'} It leaves your skills and goes to the
          Trash tab, with everything it holds: Undo brings it back, and so does the Trash tab for {TRASH_RULE.days}{' '}
          days.
        </p>
      </ConfirmDialog>
      {/* The page behind this dialog is inert, its undo bar too: deletes made here are taken back here. */}
      <UndoBar />
    </Dialog>
  )
}

/** One category: its name, a menu for order, visibility and delete, its skills and a way to add one. */
function CategorySection({
  category,
  position,
  count,
  skills,
  failure,
  onDeleteSkill,
}: {
  category: Category
  position: number
  count: number
  skills: CurriculumSkill[]
  failure: DeleteFailure
  onDeleteSkill: (skill: CurriculumSkill) => void
}) {
  const send = useEdit()
  const [error, setError] = useState<string | null>(null)
  const headingId = useId()
  const act = (request: Parameters<typeof send>[0]) => void send(request).then(setError)
  return (
    <section className={`ce-category${category.hidden ? ' ce-hidden' : ''}`} aria-labelledby={headingId}>
      <div className="ce-row ce-category-row">
        <h3 id={headingId} className="visually-hidden">
          {category.title}
        </h3>
        <NameField
          label={`Name of category ${category.title}`}
          value={category.title}
          maxLength={L.title}
          onSave={(t) => send({ op: 'renameCategory', categoryId: category.id, title: t })}
        />
        {category.hidden ? <span className="pill">Hidden</span> : null}
        <ActionMenu
          label={`Actions for category ${category.title}`}
          actions={[
            {
              label: 'Move up',
              disabled: position === 0,
              onSelect: () => act({ op: 'moveCategory', categoryId: category.id, to: 'up' }),
            },
            {
              label: 'Move down',
              disabled: position === count - 1,
              onSelect: () => act({ op: 'moveCategory', categoryId: category.id, to: 'down' }),
            },
            {
              label: category.hidden ? 'Show' : 'Hide',
              onSelect: () => act({ op: 'hideCategory', categoryId: category.id, hidden: !category.hidden }),
            },
            { label: 'Delete', danger: true, onSelect: () => act({ op: 'deleteCategory', categoryId: category.id }) },
          ]}
        />
      </div>
      <FieldError error={error} />
      <ul className="ce-skills" aria-label={`Skills in ${category.title}`}>
        {skills.map((skill, index) => (
          <SkillEditor
            key={skill.id}
            skill={skill}
            position={index}
            count={skills.length}
            deleteError={failure?.skillId === skill.id ? failure.message : null}
            onDelete={() => onDeleteSkill(skill)}
            onDrop={(dragged) => act({ op: 'moveSkill', skillId: dragged, to: index })}
          />
        ))}
      </ul>
      <AddSkillForm category={category} />
    </section>
  )
}
