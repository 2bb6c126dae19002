import { useId, useState } from 'react'
import { skillOf } from '../../../../shared/curriculum/access'
import { useCurriculum } from '../../state/curriculum'
import type { EvidenceKind } from '../../../../shared/model'
import { useStore } from '../../state/store'
import { failureOf } from '../../state/call'
import { ConfirmDialog } from '../common/ConfirmDialog'
import { EVIDENCE_KIND_LABELS } from '../../../../shared/evidence/kinds'
import './evidence.css'
import { FormFeedback } from '../common/FormFeedback'
import { Icon } from '../common/Icon'

const EMPTY: never[] = []

/**
 * Links that show a skill in use (repos, pull requests, certificates, articles): add, remove,
 * and open in the OS browser after a confirmation. Self-contained: give it a skill id.
 */
export function EvidenceList({ skillId }: { skillId: string }) {
  const items = useStore((s) => s.data?.evidence[skillId] ?? EMPTY)
  const addEvidence = useStore((s) => s.evidence.add)
  const removeEvidence = useStore((s) => s.evidence.remove)
  const openExternal = useStore((s) => s.app.openExternal)
  const [url, setUrl] = useState('')
  const [title, setTitle] = useState('')
  const [kind, setKind] = useState<EvidenceKind>('repo')
  const [error, setError] = useState<string | null>(null)
  const [toOpen, setToOpen] = useState<string | null>(null)
  const headingId = useId()
  const skillTitle = skillOf(useCurriculum(), skillId)?.title ?? skillId

  const submit = async (event: React.FormEvent): Promise<void> => {
    event.preventDefault()
    const outcome = await addEvidence({ skillId, url, title, kind })
    setError(failureOf(outcome))
    if (outcome.ok) {
      setUrl('')
      setTitle('')
    }
  }

  return (
    <section className="evidence" aria-labelledby={headingId}>
      <h3 id={headingId}>Evidence for {skillTitle}</h3>
      {items.length === 0 ? (
        <p className="empty">
          No links yet. Add a repository, pull request, certificate or article that shows this skill.
        </p>
      ) : null}
      <ul className="evidence-list">
        {items.map((item) => (
          <li key={item.id}>
            <span className="evidence-kind">{EVIDENCE_KIND_LABELS[item.kind]}</span>
            <span className="evidence-title">{item.title}</span>
            <span className="evidence-url muted">{item.url}</span>
            <span className="evidence-actions">
              <button
                type="button"
                onClick={() => setToOpen(item.url)}
                aria-label={`Open ${item.title} in your browser`}
              >
                Open
              </button>
              <button
                type="button"
                onClick={() => void removeEvidence(skillId, item.id).then((outcome) => setError(failureOf(outcome)))}
                aria-label={`Remove ${item.title}`}
              >
                <Icon name="delete" />
                Remove
              </button>
            </span>
          </li>
        ))}
      </ul>
      <form
        className="form-row evidence-form"
        onSubmit={(event) => void submit(event)}
        aria-label={`Add evidence for ${skillTitle}`}
      >
        <label>
          Link
          <input
            type="url"
            value={url}
            onChange={(event) => setUrl(event.target.value)}
            placeholder="https://…"
            maxLength={2048}
            required
          />
        </label>
        <label>
          Title
          <input type="text" value={title} onChange={(event) => setTitle(event.target.value)} maxLength={200} />
        </label>
        <label>
          Kind
          <select value={kind} onChange={(event) => setKind(event.target.value as EvidenceKind)}>
            {Object.entries(EVIDENCE_KIND_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">Add link</button>
      </form>
      <FormFeedback error={error} />
      <ConfirmDialog
        open={toOpen !== null}
        title="Open this link in your browser?"
        confirmLabel="Open link"
        onCancel={() => setToOpen(null)}
        onConfirm={() => {
          const target = toOpen
          setToOpen(null)
          if (target) void openExternal(target).then((outcome) => setError(failureOf(outcome)))
        }}
      >
        <p>Groundwork will hand this address to your web browser:</p>
        <p className="confirm-url">{toOpen}</p>
      </ConfirmDialog>
    </section>
  )
}
