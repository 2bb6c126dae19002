/**
 * The app's one way to show an error beside a field or a form: an alert, only when there is an
 * error. `inline` makes it a span (inside a label or a row); `id` lets a field point at it with
 * aria-describedby.
 */
export function FieldError({
  error,
  id,
  inline = false,
  className,
}: {
  error: string | null | undefined
  id?: string
  inline?: boolean
  className?: string
}) {
  if (!error) return null
  const Tag = inline ? 'span' : 'p'
  return (
    <Tag id={id} role="alert" className={className ? `form-error ${className}` : 'form-error'}>
      {error}
    </Tag>
  )
}

/**
 * What a form says after an action: an error as an alert (only when there is one) and, when
 * `status` is given (even empty, so the live region exists before it speaks), a polite status line.
 */
export function FormFeedback({ error, status }: { error: string | null | undefined; status?: string | null }) {
  return (
    <>
      <FieldError error={error} />
      {status !== undefined ? (
        <p role="status" className="form-status">
          {status}
        </p>
      ) : null}
    </>
  )
}

/** Something that could not be loaded: its error as an alert, and a Try again button. */
export function LoadError({ error, retry, className }: { error: string; retry: () => void; className: string }) {
  return (
    <div className={className}>
      <FieldError error={error} />
      <button type="button" onClick={retry}>
        Try again
      </button>
    </div>
  )
}
