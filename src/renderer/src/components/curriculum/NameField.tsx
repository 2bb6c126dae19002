import { useState } from 'react'
import { FieldError } from '../common/FormFeedback'

/**
 * A name the learner can change in place: saved on Enter or when focus leaves, Escape puts the
 * stored name back. A refused save keeps what was typed, with main's message beside it.
 */
export function NameField({
  label,
  value,
  maxLength,
  onSave,
  multiline = false,
}: {
  label: string
  value: string
  maxLength: number
  onSave: (text: string) => Promise<string | null>
  multiline?: boolean
}) {
  const [draft, setDraft] = useState(value)
  const [error, setError] = useState<string | null>(null)
  const [seen, setSeen] = useState(value)
  // A change from main (a restore, another field) shows unless the learner is typing something else.
  if (seen !== value) {
    setSeen(value)
    if (draft === seen) setDraft(value)
  }
  const save = async (): Promise<void> => {
    if (draft.trim() === value.trim()) return setError(null)
    setError(await onSave(draft))
  }
  const common = {
    'aria-label': label,
    value: draft,
    maxLength,
    'aria-invalid': error ? true : undefined,
    onChange: (event: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => setDraft(event.target.value),
    onBlur: () => void save(),
    onKeyDown: (event: React.KeyboardEvent) => {
      if (event.key === 'Escape' && draft !== value) {
        event.stopPropagation()
        event.preventDefault()
        setDraft(value)
        setError(null)
      } else if (event.key === 'Enter' && !multiline) {
        event.preventDefault()
        void save()
      }
    },
  }
  return (
    <span className="ce-name">
      {multiline ? <textarea rows={3} {...common} /> : <input type="text" {...common} />}
      <FieldError error={error} inline />
    </span>
  )
}
