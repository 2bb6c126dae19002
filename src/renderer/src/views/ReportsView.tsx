/** The Reports view; its content arrives with its own feature. */
export default function ReportsView() {
  return (
    <section aria-labelledby="reports-heading" className="view">
      <header className="view-header">
        <h1 id="reports-heading">Reports</h1>
      </header>
      <p className="empty">This view is coming soon.</p>
    </section>
  )
}
