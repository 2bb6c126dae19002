import { useState } from 'react'
import { FieldError } from '../common/FormFeedback'

/** A one-line "add" form: the text stays when main refuses it, with the reason beside it. */
export function AddField({
  label,
  button,
  maxLength,
  onAdd,
}: {
  label: string
  button: string
  maxLength: number
  onAdd: (text: string) => Promise<string | null>
}) {
  const [text, setText] = useState('')
  const [error, setError] = useState<string | null>(null)
  return (
    <form
      className="ce-add"
      onSubmit={(event) => {
        event.preventDefault()
        void onAdd(text).then((failure) => {
          setError(failure)
          if (!failure) setText('')
        })
      }}
    >
      <input
        type="text"
        aria-label={label}
        placeholder={label}
        value={text}
        maxLength={maxLength}
        onChange={(event) => setText(event.target.value)}
      />
      <button type="submit" className="small">
        {button}
      </button>
      <FieldError error={error} inline />
    </form>
  )
}
