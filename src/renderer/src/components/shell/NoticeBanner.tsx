import { useStore } from '../../state/store'

/** Shows data-file notices (recovery, failed saves) and the last failed action, until dismissed. */
export function NoticeBanner() {
  const notices = useStore((s) => s.notices)
  const dismiss = useStore((s) => s.dismissNotice)
  const actionError = useStore((s) => s.actionError)
  const clearActionError = useStore((s) => s.setActionError)
  const showInFolder = useStore((s) => s.app.showInFolder)
  if (notices.length === 0 && !actionError) return null
  return (
    <div className="notices">
      {notices.map((notice) => (
        <section key={notice.id} role="alert" className={`notice notice-${notice.level}`} aria-label={notice.title}>
          <h2>{notice.title}</h2>
          <p>{notice.message}</p>
          <div className="notice-actions">
            {notice.path ? (
              <button type="button" onClick={() => void showInFolder(notice.path ?? '')}>
                Show in folder
              </button>
            ) : null}
            <button type="button" onClick={() => dismiss(notice.id)}>
              Dismiss
            </button>
          </div>
        </section>
      ))}
      {actionError ? (
        <div role="alert" className="notice notice-error">
          <p>{actionError}</p>
          <button type="button" onClick={() => clearActionError(null)}>
            Dismiss
          </button>
        </div>
      ) : null}
    </div>
  )
}
