import { useId, useState } from 'react'
import { CURRICULUM_LIMITS as L } from '../../../../shared/curriculum/limits'
import { isCancelled } from '../../../../shared/contract/cancelled'
import { useStore } from '../../state/store'
import { useCurriculum } from '../../state/curriculum'
import { Dialog } from '../common/Dialog'
import { FieldError } from '../common/FormFeedback'

/** Export the curriculum, or chosen categories and skills, as a pack file or a Markdown outline; `onSaved` gets the path. */
export function ExportDialog({ onClose, onSaved }: { onClose: () => void; onSaved: (path: string) => void }) {
  const curriculum = useCurriculum()
  const exportFile = useStore((s) => s.packs.exportFile)
  const headingId = useId()
  const [format, setFormat] = useState<'json' | 'markdown'>('json')
  const [whole, setWhole] = useState(true)
  const [categoryIds, setCategoryIds] = useState<string[]>([])
  const [skillIds, setSkillIds] = useState<string[]>([])
  const [title, setTitle] = useState('My curriculum')
  const [description, setDescription] = useState('')
  const [release, setRelease] = useState('1')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const toggle = (list: string[], id: string, on: boolean): string[] =>
    on ? [...list, id] : list.filter((x) => x !== id)
  const nothingChosen = !whole && categoryIds.length === 0 && skillIds.length === 0

  const save = async (event: React.FormEvent): Promise<void> => {
    event.preventDefault()
    setBusy(true)
    setError(null)
    const chosen = whole
      ? {}
      : {
          categoryIds,
          skillIds: skillIds.filter(
            (id) => !categoryIds.includes(curriculum.skills.find((s) => s.id === id)?.category ?? ''),
          ),
        }
    const outcome = await exportFile({ format, ...chosen, title, description, packVersion: Number(release) || 1 })
    setBusy(false)
    if (!outcome.ok) return setError(outcome.message)
    if (!isCancelled(outcome.value)) onSaved(outcome.value.path)
  }

  return (
    <Dialog open onClose={() => busy || onClose()} labelledBy={headingId} className="pack-export">
      <form onSubmit={(event) => void save(event)}>
        <h2 id={headingId}>Export the curriculum</h2>
        <fieldset className="pack-choice">
          <legend>As</legend>
          <label>
            <input type="radio" name="pack-format" checked={format === 'json'} onChange={() => setFormat('json')} /> A
            pack file (JSON), to share or add to another Groundwork
          </label>
          <label>
            <input
              type="radio"
              name="pack-format"
              checked={format === 'markdown'}
              onChange={() => setFormat('markdown')}
            />{' '}
            A Markdown outline, to read or edit anywhere (your ticks included)
          </label>
        </fieldset>
        <fieldset className="pack-choice">
          <legend>What</legend>
          <label>
            <input type="radio" name="pack-scope" checked={whole} onChange={() => setWhole(true)} /> The whole
            curriculum
          </label>
          <label>
            <input type="radio" name="pack-scope" checked={!whole} onChange={() => setWhole(false)} /> Chosen categories
            and skills
          </label>
          {!whole ? (
            <ul className="pack-tree" aria-label="Categories and skills to export">
              {curriculum.categories.map((category) => {
                const inCategory = categoryIds.includes(category.id)
                return (
                  <li key={category.id}>
                    <label>
                      <input
                        type="checkbox"
                        checked={inCategory}
                        onChange={(event) => setCategoryIds(toggle(categoryIds, category.id, event.target.checked))}
                      />{' '}
                      {category.title} (all of it)
                    </label>
                    <ul>
                      {curriculum.skills
                        .filter((s) => s.category === category.id)
                        .map((skill) => (
                          <li key={skill.id}>
                            <label>
                              <input
                                type="checkbox"
                                disabled={inCategory}
                                checked={inCategory || skillIds.includes(skill.id)}
                                onChange={(event) => setSkillIds(toggle(skillIds, skill.id, event.target.checked))}
                              />{' '}
                              {skill.title}
                            </label>
                          </li>
                        ))}
                    </ul>
                  </li>
                )
              })}
            </ul>
          ) : null}
        </fieldset>
        {format === 'json' ? (
          <div className="pack-meta">
            <label className="ce-field">
              Pack name
              <input
                type="text"
                value={title}
                maxLength={L.title}
                required
                onChange={(event) => setTitle(event.target.value)}
              />
            </label>
            <label className="ce-field">
              Release number (raise it each time you share a new version)
              <input
                type="number"
                min={1}
                step={1}
                value={release}
                onChange={(event) => setRelease(event.target.value)}
              />
            </label>
            <label className="ce-field pack-meta-wide">
              Description (optional)
              <textarea
                rows={2}
                value={description}
                maxLength={L.summary}
                onChange={(event) => setDescription(event.target.value)}
              />
            </label>
          </div>
        ) : null}
        <FieldError error={error} />
        <div className="dialog-actions">
          <button type="button" disabled={busy} onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={busy || nothingChosen}>
            {busy ? 'Saving…' : 'Save…'}
          </button>
        </div>
      </form>
    </Dialog>
  )
}
