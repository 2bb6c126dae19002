/**
 * What a form says after an action: an error as an alert (only when there is one) and, when
 * `status` is given (even empty, so the live region exists before it speaks), a polite status line.
 */
export function FormFeedback({ error, status }: { error: string | null | undefined; status?: string | null }) {
  return (
    <>
      {error ? (
        <p role="alert" className="form-error">
          {error}
        </p>
      ) : null}
      {status !== undefined ? (
        <p role="status" className="form-status">
          {status}
        </p>
      ) : null}
    </>
  )
}
